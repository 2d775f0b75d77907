
use builtin;
use str;

set edit:completion:arg-completer[sqsdelay] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'sqsdelay'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'sqsdelay'= {
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]'
            cand --profile 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]'
            cand --endpoint-url 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)'
            cand --state-machine 'State machine name or ARN; FIFO queues use the one with "-fifo" appended'
            cand --output 'Output format: a table for people, JSON for scripts'
            cand -q 'Print only the essential data (the id for `schedule`)'
            cand --quiet 'Print only the essential data (the id for `schedule`)'
            cand -v 'Explain what is being done on stderr (never credentials or message bodies)'
            cand --verbose 'Explain what is being done on stderr (never credentials or message bodies)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand setup 'Create or update the IAM role and the state machines (safe to run again)'
            cand schedule 'Schedule a message for delivery later'
            cand list 'List scheduled messages, soonest due first'
            cand describe 'Show one scheduled message: status, queue, body, attributes, times'
            cand cancel 'Cancel pending messages: they will never be delivered'
            cand reschedule 'Move a pending message to a new due time'
            cand teardown 'Delete the state machines and the role that `setup` created'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sqsdelay;setup'= {
            cand --queue-arn 'Queues the role may send to (repeatable) [default: every queue of the account in the region]'
            cand --kms-key 'Customer-managed KMS key of encrypted queues: grants kms:GenerateDataKey and kms:Decrypt'
            cand --role-arn 'Use this existing role instead of creating one'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]'
            cand --profile 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]'
            cand --endpoint-url 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)'
            cand --state-machine 'State machine name or ARN; FIFO queues use the one with "-fifo" appended'
            cand --output 'Output format: a table for people, JSON for scripts'
            cand --dry-run 'Print the state machine definitions and the role''s policies; call nothing'
            cand -q 'Print only the essential data (the id for `schedule`)'
            cand --quiet 'Print only the essential data (the id for `schedule`)'
            cand -v 'Explain what is being done on stderr (never credentials or message bodies)'
            cand --verbose 'Explain what is being done on stderr (never credentials or message bodies)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'sqsdelay;schedule'= {
            cand --queue 'Target queue: its URL, or its name in this account and region'
            cand --in 'Deliver after this delay: 90s, 15m, 2h, 3d 4h (at most a year) [default: 2h]'
            cand --at 'Deliver at this time, RFC 3339: 2026-12-01T09:00:00Z or 2026-12-01T10:00:00+01:00'
            cand --body 'The message body [default: read from stdin when it is not a terminal]'
            cand --body-file 'Read the message body from this file (UTF-8)'
            cand --attr 'A message attribute, repeatable: NAME=VALUE (String), NAME:Number=42, NAME:Binary=BASE64'
            cand --group-id 'FIFO queues: the message group id (required for them)'
            cand --dedup-id 'FIFO queues: the deduplication id [default: the schedule id]'
            cand --id 'Your own key for this message (letters, digits, - and _): re-running the same command with the same --id and --at never schedules it twice'
            cand --batch 'Schedule every line of this JSON Lines file (- for stdin): one JSON result per line on stdout, a summary on stderr. Re-running the same file schedules only what is missing'
            cand --concurrency 'Requests in flight at once (--batch, cancel --all)'
            cand --rate 'Requests per second (--batch, cancel --all) [default: the region''s AWS quota for StartExecution or StopExecution]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]'
            cand --profile 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]'
            cand --endpoint-url 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)'
            cand --state-machine 'State machine name or ARN; FIFO queues use the one with "-fifo" appended'
            cand --output 'Output format: a table for people, JSON for scripts'
            cand --check 'With --batch: check every line and print what would be scheduled; call nothing'
            cand -q 'Print only the essential data (the id for `schedule`)'
            cand --quiet 'Print only the essential data (the id for `schedule`)'
            cand -v 'Explain what is being done on stderr (never credentials or message bodies)'
            cand --verbose 'Explain what is being done on stderr (never credentials or message bodies)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'sqsdelay;list'= {
            cand --status 'Which messages: pending (not yet sent), delivered, cancelled, failed, or all'
            cand --due-before 'Only messages due before this time (RFC 3339) or this long from now (2h)'
            cand --due-after 'Only messages due after this time (RFC 3339) or this long from now (2h)'
            cand --queue 'Only messages for this queue (URL or name). Costs one DescribeExecution per candidate, paced under the AWS quota (about 10 per second): combine with --due-before or --limit'
            cand --limit 'Show at most this many (the soonest due)'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]'
            cand --profile 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]'
            cand --endpoint-url 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)'
            cand --state-machine 'State machine name or ARN; FIFO queues use the one with "-fifo" appended'
            cand --output 'Output format: a table for people, JSON for scripts'
            cand -q 'Print only the essential data (the id for `schedule`)'
            cand --quiet 'Print only the essential data (the id for `schedule`)'
            cand -v 'Explain what is being done on stderr (never credentials or message bodies)'
            cand --verbose 'Explain what is being done on stderr (never credentials or message bodies)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'sqsdelay;describe'= {
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]'
            cand --profile 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]'
            cand --endpoint-url 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)'
            cand --state-machine 'State machine name or ARN; FIFO queues use the one with "-fifo" appended'
            cand --output 'Output format: a table for people, JSON for scripts'
            cand -q 'Print only the essential data (the id for `schedule`)'
            cand --quiet 'Print only the essential data (the id for `schedule`)'
            cand -v 'Explain what is being done on stderr (never credentials or message bodies)'
            cand --verbose 'Explain what is being done on stderr (never credentials or message bodies)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'sqsdelay;cancel'= {
            cand --reason 'Why, recorded in the execution''s history'
            cand --due-before 'Only messages due before this time (RFC 3339) or this long from now (2h)'
            cand --due-after 'Only messages due after this time (RFC 3339) or this long from now (2h)'
            cand --queue 'Only messages for this queue (URL or name). Costs one DescribeExecution per candidate, paced under the AWS quota (about 10 per second): combine with --due-before or --limit'
            cand --limit 'Show at most this many (the soonest due)'
            cand --concurrency 'Requests in flight at once (--batch, cancel --all)'
            cand --rate 'Requests per second (--batch, cancel --all) [default: the region''s AWS quota for StartExecution or StopExecution]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]'
            cand --profile 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]'
            cand --endpoint-url 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)'
            cand --state-machine 'State machine name or ARN; FIFO queues use the one with "-fifo" appended'
            cand --output 'Output format: a table for people, JSON for scripts'
            cand --all 'Cancel every pending message that matches the filters'
            cand -y 'Do not ask for confirmation (required with --all when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required with --all when stdin is not a terminal)'
            cand -q 'Print only the essential data (the id for `schedule`)'
            cand --quiet 'Print only the essential data (the id for `schedule`)'
            cand -v 'Explain what is being done on stderr (never credentials or message bodies)'
            cand --verbose 'Explain what is being done on stderr (never credentials or message bodies)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'sqsdelay;reschedule'= {
            cand --in 'The new delay from now: 90s, 15m, 2h, 3d 4h'
            cand --at 'The new due time, RFC 3339'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]'
            cand --profile 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]'
            cand --endpoint-url 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)'
            cand --state-machine 'State machine name or ARN; FIFO queues use the one with "-fifo" appended'
            cand --output 'Output format: a table for people, JSON for scripts'
            cand -q 'Print only the essential data (the id for `schedule`)'
            cand --quiet 'Print only the essential data (the id for `schedule`)'
            cand -v 'Explain what is being done on stderr (never credentials or message bodies)'
            cand --verbose 'Explain what is being done on stderr (never credentials or message bodies)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'sqsdelay;teardown'= {
            cand --concurrency 'Requests in flight at once (--batch, cancel --all)'
            cand --rate 'Requests per second (--batch, cancel --all) [default: the region''s AWS quota for StartExecution or StopExecution]'
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]'
            cand --profile 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]'
            cand --endpoint-url 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)'
            cand --state-machine 'State machine name or ARN; FIFO queues use the one with "-fifo" appended'
            cand --output 'Output format: a table for people, JSON for scripts'
            cand --force 'Also when messages are pending: they are cancelled first, and lost'
            cand -y 'Do not ask for confirmation (required with --force when stdin is not a terminal)'
            cand --yes 'Do not ask for confirmation (required with --force when stdin is not a terminal)'
            cand --keep-role 'Keep the IAM role (for example one passed to setup with --role-arn)'
            cand -q 'Print only the essential data (the id for `schedule`)'
            cand --quiet 'Print only the essential data (the id for `schedule`)'
            cand -v 'Explain what is being done on stderr (never credentials or message bodies)'
            cand --verbose 'Explain what is being done on stderr (never credentials or message bodies)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'sqsdelay;completions'= {
            cand --region 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile''s region]'
            cand --profile 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]'
            cand --endpoint-url 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)'
            cand --state-machine 'State machine name or ARN; FIFO queues use the one with "-fifo" appended'
            cand --output 'Output format: a table for people, JSON for scripts'
            cand -q 'Print only the essential data (the id for `schedule`)'
            cand --quiet 'Print only the essential data (the id for `schedule`)'
            cand -v 'Explain what is being done on stderr (never credentials or message bodies)'
            cand --verbose 'Explain what is being done on stderr (never credentials or message bodies)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'sqsdelay;help'= {
            cand setup 'Create or update the IAM role and the state machines (safe to run again)'
            cand schedule 'Schedule a message for delivery later'
            cand list 'List scheduled messages, soonest due first'
            cand describe 'Show one scheduled message: status, queue, body, attributes, times'
            cand cancel 'Cancel pending messages: they will never be delivered'
            cand reschedule 'Move a pending message to a new due time'
            cand teardown 'Delete the state machines and the role that `setup` created'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sqsdelay;help;setup'= {
        }
        &'sqsdelay;help;schedule'= {
        }
        &'sqsdelay;help;list'= {
        }
        &'sqsdelay;help;describe'= {
        }
        &'sqsdelay;help;cancel'= {
        }
        &'sqsdelay;help;reschedule'= {
        }
        &'sqsdelay;help;teardown'= {
        }
        &'sqsdelay;help;completions'= {
        }
        &'sqsdelay;help;help'= {
        }
    ]
    $completions[$command]
}
