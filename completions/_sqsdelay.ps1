
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
