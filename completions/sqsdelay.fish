# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_sqsdelay_global_optspecs
    string join \n region= profile= endpoint-url= state-machine= output= q/quiet v/verbose h/help V/version
end

function __fish_sqsdelay_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_sqsdelay_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_sqsdelay_using_subcommand
    set -l cmd (__fish_sqsdelay_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s region]' -r
complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -l profile -d 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]' -r
complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -l endpoint-url -d 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)' -r
complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -l state-machine -d 'State machine name or ARN; FIFO queues use the one with "-fifo" appended' -r
complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -l output -d 'Output format: a table for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -s q -l quiet -d 'Print only the essential data (the id for `schedule`)'
complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -s v -l verbose -d 'Explain what is being done on stderr (never credentials or message bodies)'
complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -s h -l help -d 'Print help'
complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -s V -l version -d 'Print version'
complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -f -a "setup" -d 'Create or update the IAM role and the state machines (safe to run again)'
complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -f -a "schedule" -d 'Schedule a message for delivery later'
complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -f -a "list" -d 'List scheduled messages, soonest due first'
complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -f -a "describe" -d 'Show one scheduled message: status, queue, body, attributes, times'
complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -f -a "cancel" -d 'Cancel pending messages: they will never be delivered'
complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -f -a "reschedule" -d 'Move a pending message to a new due time'
complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -f -a "teardown" -d 'Delete the state machines and the role that `setup` created'
complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c sqsdelay -n "__fish_sqsdelay_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand setup" -l queue-arn -d 'Queues the role may send to (repeatable) [default: every queue of the account in the region]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand setup" -l kms-key -d 'Customer-managed KMS key of encrypted queues: grants kms:GenerateDataKey and kms:Decrypt' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand setup" -l role-arn -d 'Use this existing role instead of creating one' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand setup" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s region]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand setup" -l profile -d 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand setup" -l endpoint-url -d 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand setup" -l state-machine -d 'State machine name or ARN; FIFO queues use the one with "-fifo" appended' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand setup" -l output -d 'Output format: a table for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand setup" -l dry-run -d 'Print the state machine definitions and the role\'s policies; call nothing'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand setup" -s q -l quiet -d 'Print only the essential data (the id for `schedule`)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand setup" -s v -l verbose -d 'Explain what is being done on stderr (never credentials or message bodies)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand setup" -s h -l help -d 'Print help'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l queue -d 'Target queue: its URL, or its name in this account and region' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l in -d 'Deliver after this delay: 90s, 15m, 2h, 3d 4h (at most a year) [default: 2h]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l at -d 'Deliver at this time, RFC 3339: 2026-12-01T09:00:00Z or 2026-12-01T10:00:00+01:00' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l body -d 'The message body [default: read from stdin when it is not a terminal]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l body-file -d 'Read the message body from this file (UTF-8)' -r -F
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l attr -d 'A message attribute, repeatable: NAME=VALUE (String), NAME:Number=42, NAME:Binary=BASE64' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l group-id -d 'FIFO queues: the message group id (required for them)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l dedup-id -d 'FIFO queues: the deduplication id [default: the schedule id]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l id -d 'Your own key for this message (letters, digits, - and _): re-running the same command with the same --id and --at never schedules it twice' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l batch -d 'Schedule every line of this JSON Lines file (- for stdin): one JSON result per line on stdout, a summary on stderr. Re-running the same file schedules only what is missing' -r -F
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l concurrency -d 'Requests in flight at once (--batch, cancel --all)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l rate -d 'Requests per second (--batch, cancel --all) [default: the region\'s AWS quota for StartExecution or StopExecution]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s region]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l profile -d 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l endpoint-url -d 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l state-machine -d 'State machine name or ARN; FIFO queues use the one with "-fifo" appended' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l output -d 'Output format: a table for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -l check -d 'With --batch: check every line and print what would be scheduled; call nothing'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -s q -l quiet -d 'Print only the essential data (the id for `schedule`)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -s v -l verbose -d 'Explain what is being done on stderr (never credentials or message bodies)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand schedule" -s h -l help -d 'Print help'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand list" -l status -d 'Which messages: pending (not yet sent), delivered, cancelled, failed, or all' -r -f -a "pending\t''
delivered\t''
cancelled\t''
failed\t''
all\t''"
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand list" -l due-before -d 'Only messages due before this time (RFC 3339) or this long from now (2h)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand list" -l due-after -d 'Only messages due after this time (RFC 3339) or this long from now (2h)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand list" -l queue -d 'Only messages for this queue (URL or name). Costs one DescribeExecution per candidate, paced under the AWS quota (about 10 per second): combine with --due-before or --limit' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand list" -l limit -d 'Show at most this many (the soonest due)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand list" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s region]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand list" -l profile -d 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand list" -l endpoint-url -d 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand list" -l state-machine -d 'State machine name or ARN; FIFO queues use the one with "-fifo" appended' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand list" -l output -d 'Output format: a table for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand list" -s q -l quiet -d 'Print only the essential data (the id for `schedule`)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand list" -s v -l verbose -d 'Explain what is being done on stderr (never credentials or message bodies)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand list" -s h -l help -d 'Print help'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand describe" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s region]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand describe" -l profile -d 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand describe" -l endpoint-url -d 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand describe" -l state-machine -d 'State machine name or ARN; FIFO queues use the one with "-fifo" appended' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand describe" -l output -d 'Output format: a table for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand describe" -s q -l quiet -d 'Print only the essential data (the id for `schedule`)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand describe" -s v -l verbose -d 'Explain what is being done on stderr (never credentials or message bodies)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand describe" -s h -l help -d 'Print help'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand cancel" -l reason -d 'Why, recorded in the execution\'s history' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand cancel" -l due-before -d 'Only messages due before this time (RFC 3339) or this long from now (2h)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand cancel" -l due-after -d 'Only messages due after this time (RFC 3339) or this long from now (2h)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand cancel" -l queue -d 'Only messages for this queue (URL or name). Costs one DescribeExecution per candidate, paced under the AWS quota (about 10 per second): combine with --due-before or --limit' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand cancel" -l limit -d 'Show at most this many (the soonest due)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand cancel" -l concurrency -d 'Requests in flight at once (--batch, cancel --all)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand cancel" -l rate -d 'Requests per second (--batch, cancel --all) [default: the region\'s AWS quota for StartExecution or StopExecution]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand cancel" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s region]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand cancel" -l profile -d 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand cancel" -l endpoint-url -d 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand cancel" -l state-machine -d 'State machine name or ARN; FIFO queues use the one with "-fifo" appended' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand cancel" -l output -d 'Output format: a table for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand cancel" -l all -d 'Cancel every pending message that matches the filters'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand cancel" -s y -l yes -d 'Do not ask for confirmation (required with --all when stdin is not a terminal)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand cancel" -s q -l quiet -d 'Print only the essential data (the id for `schedule`)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand cancel" -s v -l verbose -d 'Explain what is being done on stderr (never credentials or message bodies)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand cancel" -s h -l help -d 'Print help'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand reschedule" -l in -d 'The new delay from now: 90s, 15m, 2h, 3d 4h' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand reschedule" -l at -d 'The new due time, RFC 3339' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand reschedule" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s region]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand reschedule" -l profile -d 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand reschedule" -l endpoint-url -d 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand reschedule" -l state-machine -d 'State machine name or ARN; FIFO queues use the one with "-fifo" appended' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand reschedule" -l output -d 'Output format: a table for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand reschedule" -s q -l quiet -d 'Print only the essential data (the id for `schedule`)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand reschedule" -s v -l verbose -d 'Explain what is being done on stderr (never credentials or message bodies)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand reschedule" -s h -l help -d 'Print help'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand teardown" -l concurrency -d 'Requests in flight at once (--batch, cancel --all)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand teardown" -l rate -d 'Requests per second (--batch, cancel --all) [default: the region\'s AWS quota for StartExecution or StopExecution]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand teardown" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s region]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand teardown" -l profile -d 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand teardown" -l endpoint-url -d 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand teardown" -l state-machine -d 'State machine name or ARN; FIFO queues use the one with "-fifo" appended' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand teardown" -l output -d 'Output format: a table for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand teardown" -l force -d 'Also when messages are pending: they are cancelled first, and lost'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand teardown" -s y -l yes -d 'Do not ask for confirmation (required with --force when stdin is not a terminal)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand teardown" -l keep-role -d 'Keep the IAM role (for example one passed to setup with --role-arn)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand teardown" -s q -l quiet -d 'Print only the essential data (the id for `schedule`)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand teardown" -s v -l verbose -d 'Explain what is being done on stderr (never credentials or message bodies)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand teardown" -s h -l help -d 'Print help'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand completions" -l region -d 'AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s region]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand completions" -l profile -d 'Named profile from the AWS config files [default: AWS_PROFILE, then "default"]' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand completions" -l endpoint-url -d 'Send every AWS request to this endpoint, e.g. a local emulator (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SFN and AWS_ENDPOINT_URL_SQS are honoured too)' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand completions" -l state-machine -d 'State machine name or ARN; FIFO queues use the one with "-fifo" appended' -r
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand completions" -l output -d 'Output format: a table for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand completions" -s q -l quiet -d 'Print only the essential data (the id for `schedule`)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand completions" -s v -l verbose -d 'Explain what is being done on stderr (never credentials or message bodies)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand completions" -s h -l help -d 'Print help'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand help; and not __fish_seen_subcommand_from setup schedule list describe cancel reschedule teardown completions help" -f -a "setup" -d 'Create or update the IAM role and the state machines (safe to run again)'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand help; and not __fish_seen_subcommand_from setup schedule list describe cancel reschedule teardown completions help" -f -a "schedule" -d 'Schedule a message for delivery later'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand help; and not __fish_seen_subcommand_from setup schedule list describe cancel reschedule teardown completions help" -f -a "list" -d 'List scheduled messages, soonest due first'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand help; and not __fish_seen_subcommand_from setup schedule list describe cancel reschedule teardown completions help" -f -a "describe" -d 'Show one scheduled message: status, queue, body, attributes, times'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand help; and not __fish_seen_subcommand_from setup schedule list describe cancel reschedule teardown completions help" -f -a "cancel" -d 'Cancel pending messages: they will never be delivered'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand help; and not __fish_seen_subcommand_from setup schedule list describe cancel reschedule teardown completions help" -f -a "reschedule" -d 'Move a pending message to a new due time'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand help; and not __fish_seen_subcommand_from setup schedule list describe cancel reschedule teardown completions help" -f -a "teardown" -d 'Delete the state machines and the role that `setup` created'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand help; and not __fish_seen_subcommand_from setup schedule list describe cancel reschedule teardown completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c sqsdelay -n "__fish_sqsdelay_using_subcommand help; and not __fish_seen_subcommand_from setup schedule list describe cancel reschedule teardown completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
