
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'sqsdelay' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'sqsdelay'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'sqsdelay' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)')
            [CompletionResult]::new('--state-machine', '--state-machine', [CompletionResultType]::ParameterName, 'State machine name or ARN; FIFO queues use the one with "-fifo" appended')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Create or update the IAM role and the state machines (safe to run again)')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Schedule a message for delivery later')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List scheduled messages, soonest due first')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show one scheduled message: status, queue, body, attributes, times')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel pending messages: they will never be delivered')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move a pending message to a new due time')
            [CompletionResult]::new('teardown', 'teardown', [CompletionResultType]::ParameterValue, 'Delete the state machines and the role that `setup` created')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sqsdelay;setup' {
            [CompletionResult]::new('--queue-arn', '--queue-arn', [CompletionResultType]::ParameterName, 'Queues the role may send to (repeatable) [default: every queue of the account in the region]')
            [CompletionResult]::new('--kms-key', '--kms-key', [CompletionResultType]::ParameterName, 'Customer-managed KMS key of encrypted queues: grants kms:GenerateDataKey and kms:Decrypt')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Use this existing role instead of creating one')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)')
            [CompletionResult]::new('--state-machine', '--state-machine', [CompletionResultType]::ParameterName, 'State machine name or ARN; FIFO queues use the one with "-fifo" appended')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON for scripts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the state machine definitions and the role''s policies; call nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'sqsdelay;schedule' {
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'Target queue: its URL, or its name in this account and region')
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'Deliver after this delay: 90s, 15m, 2h, 3d 4h (at most a year) [default: 2h]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Deliver at this time, RFC 3339: 2026-12-01T09:00:00Z or 2026-12-01T10:00:00+01:00')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The message body [default: read from stdin when it is not a terminal]')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'Read the message body from this file (UTF-8)')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'A message attribute, repeatable: NAME=VALUE (String), NAME:Number=42, NAME:Binary=BASE64')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'FIFO queues: the message group id (required for them)')
            [CompletionResult]::new('--dedup-id', '--dedup-id', [CompletionResultType]::ParameterName, 'FIFO queues: the deduplication id [default: the schedule id]')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Your own key for this message (letters, digits, - and _): re-running the same command with the same --id and --at never schedules it twice')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Schedule every line of this JSON Lines file (- for stdin): one JSON result per line on stdout, a summary on stderr. Re-running the same file schedules only what is missing')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once (--batch, cancel --all)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests per second (--batch, cancel --all) [default: the region''s AWS quota for StartExecution or StopExecution]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)')
            [CompletionResult]::new('--state-machine', '--state-machine', [CompletionResultType]::ParameterName, 'State machine name or ARN; FIFO queues use the one with "-fifo" appended')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON for scripts')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'With --batch: check every line and print what would be scheduled; call nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'sqsdelay;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which messages: pending (not yet sent), delivered, cancelled, failed, or all')
            [CompletionResult]::new('--due-before', '--due-before', [CompletionResultType]::ParameterName, 'Only messages due before this time (RFC 3339) or this long from now (2h)')
            [CompletionResult]::new('--due-after', '--due-after', [CompletionResultType]::ParameterName, 'Only messages due after this time (RFC 3339) or this long from now (2h)')
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'Only messages for this queue (URL or name). Costs one DescribeExecution per candidate, paced under the AWS quota (about 10 per second): combine with --due-before or --limit')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many (the soonest due)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)')
            [CompletionResult]::new('--state-machine', '--state-machine', [CompletionResultType]::ParameterName, 'State machine name or ARN; FIFO queues use the one with "-fifo" appended')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'sqsdelay;describe' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)')
            [CompletionResult]::new('--state-machine', '--state-machine', [CompletionResultType]::ParameterName, 'State machine name or ARN; FIFO queues use the one with "-fifo" appended')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'sqsdelay;cancel' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, recorded in the execution''s history')
            [CompletionResult]::new('--due-before', '--due-before', [CompletionResultType]::ParameterName, 'Only messages due before this time (RFC 3339) or this long from now (2h)')
            [CompletionResult]::new('--due-after', '--due-after', [CompletionResultType]::ParameterName, 'Only messages due after this time (RFC 3339) or this long from now (2h)')
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'Only messages for this queue (URL or name). Costs one DescribeExecution per candidate, paced under the AWS quota (about 10 per second): combine with --due-before or --limit')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many (the soonest due)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once (--batch, cancel --all)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests per second (--batch, cancel --all) [default: the region''s AWS quota for StartExecution or StopExecution]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)')
            [CompletionResult]::new('--state-machine', '--state-machine', [CompletionResultType]::ParameterName, 'State machine name or ARN; FIFO queues use the one with "-fifo" appended')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON for scripts')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Cancel every pending message that matches the filters')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required with --all when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required with --all when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'sqsdelay;reschedule' {
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'The new delay from now: 90s, 15m, 2h, 3d 4h')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The new due time, RFC 3339')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)')
            [CompletionResult]::new('--state-machine', '--state-machine', [CompletionResultType]::ParameterName, 'State machine name or ARN; FIFO queues use the one with "-fifo" appended')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'sqsdelay;teardown' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once (--batch, cancel --all)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests per second (--batch, cancel --all) [default: the region''s AWS quota for StartExecution or StopExecution]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)')
            [CompletionResult]::new('--state-machine', '--state-machine', [CompletionResultType]::ParameterName, 'State machine name or ARN; FIFO queues use the one with "-fifo" appended')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON for scripts')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Also when messages are pending: they are cancelled first, and lost')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required with --force when stdin is not a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required with --force when stdin is not a terminal)')
            [CompletionResult]::new('--keep-role', '--keep-role', [CompletionResultType]::ParameterName, 'Keep the IAM role (for example one passed to setup with --role-arn)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'sqsdelay;completions' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)')
            [CompletionResult]::new('--state-machine', '--state-machine', [CompletionResultType]::ParameterName, 'State machine name or ARN; FIFO queues use the one with "-fifo" appended')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table for people, JSON for scripts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential data (the id for `schedule`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Explain what is being done on stderr (never credentials or message bodies)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'sqsdelay;help' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Create or update the IAM role and the state machines (safe to run again)')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Schedule a message for delivery later')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List scheduled messages, soonest due first')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show one scheduled message: status, queue, body, attributes, times')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel pending messages: they will never be delivered')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move a pending message to a new due time')
            [CompletionResult]::new('teardown', 'teardown', [CompletionResultType]::ParameterValue, 'Delete the state machines and the role that `setup` created')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sqsdelay;help;setup' {
            break
        }
        'sqsdelay;help;schedule' {
            break
        }
        'sqsdelay;help;list' {
            break
        }
        'sqsdelay;help;describe' {
            break
        }
        'sqsdelay;help;cancel' {
            break
        }
        'sqsdelay;help;reschedule' {
            break
        }
        'sqsdelay;help;teardown' {
            break
        }
        'sqsdelay;help;completions' {
            break
        }
        'sqsdelay;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
