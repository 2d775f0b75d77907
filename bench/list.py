"""Benchmark: `sqsdelay list` against the naive one-DescribeExecution-per-message approach.

For each size, on a fresh emulator: start N pending executions, then count the AWS requests and
time (1) `sqsdelay list` and (2) a boto3 script that lists executions and describes each one to
read its due time, both through a counting proxy. Run with bench/run list.
"""
import datetime
import json
import os
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import boto3

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "sqsdelay")
MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:sqsdelay"


def start(cmd, port_file):
    if os.path.exists(port_file):
        os.remove(port_file)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not os.path.exists(port_file) or not open(port_file).read():
        time.sleep(0.05)
    return proc


def populate(sfn, queue_url, n):
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)

    def one(i):
        due = now + datetime.timedelta(hours=1, seconds=i)
        name = due.strftime("%Y%m%dT%H%M%SZ") + f"_bench{i}"
        body = json.dumps({"v": 1, "dueAt": due.strftime("%Y-%m-%dT%H:%M:%SZ"), "queueUrl": queue_url,
                           "body": f"message {i}", "attributes": {}}, separators=(",", ":"))
        sfn.start_execution(stateMachineArn=MACHINE, name=name, input=body)

    with ThreadPoolExecutor(16) as pool:
        list(pool.map(one, range(n)))


def counts(proxy, reset=False):
    req = urllib.request.Request(proxy + ("/__reset" if reset else "/__counts"), method="POST" if reset else "GET")
    return json.loads(urllib.request.urlopen(req).read())


def naive(sfn):
    """What a hand-written script does without due times in the names: describe every execution."""
    due = []
    for page in sfn.get_paginator("list_executions").paginate(stateMachineArn=MACHINE, statusFilter="RUNNING"):
        for e in page["executions"]:
            d = sfn.describe_execution(executionArn=e["executionArn"])
            due.append((json.loads(d["input"])["dueAt"], e["name"]))
    due.sort()
    return len(due)


def measure(n):
    emu_dir = os.path.join(ROOT, ".emulator", "bench-list")
    endpoint = subprocess.run([os.path.join(ROOT, "scripts", "emulator"), "start", emu_dir],
                              check=True, capture_output=True, text=True).stdout.strip()
    port_file = os.path.join(emu_dir, "proxy-port")
    proxy_proc = start([sys.executable, os.path.join(ROOT, "tests", "support", "proxy.py"), endpoint, port_file], port_file)
    proxy = f"http://127.0.0.1:{open(port_file).read()}"
    try:
        cache = os.path.join(emu_dir, "cache")
        env = dict(os.environ, XDG_CACHE_HOME=cache, AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench", AWS_REGION="us-east-1",
                   AWS_DEFAULT_REGION="us-east-1", AWS_CONFIG_FILE="/dev/null", AWS_SHARED_CREDENTIALS_FILE="/dev/null")
        subprocess.run([BIN, "--endpoint-url", endpoint, "setup", "--quiet"], env=env, check=True, capture_output=True)
        direct = boto3.session.Session(aws_access_key_id="bench", aws_secret_access_key="bench", region_name="us-east-1")
        sqs = direct.client("sqs", endpoint_url=endpoint)
        queue_url = sqs.create_queue(QueueName="bench")["QueueUrl"]
        populate(direct.client("stepfunctions", endpoint_url=endpoint), queue_url, n)

        rows = {}
        runs = [("sqsdelay list (first: STS)", []), ("sqsdelay list", []), ("sqsdelay list, machine ARN", ["--state-machine", MACHINE])]
        for label, args in runs:
            counts(proxy, reset=True)
            t = time.perf_counter()
            out = subprocess.run([BIN, "--endpoint-url", proxy, "list", "--output", "json"] + args,
                                 env=env, check=True, capture_output=True)
            rows[label] = (time.perf_counter() - t, counts(proxy), len(json.loads(out.stdout)))

        counts(proxy, reset=True)
        sfn = direct.client("stepfunctions", endpoint_url=proxy)
        t = time.perf_counter()
        listed = naive(sfn)
        rows["naive describe-each (boto3)"] = (time.perf_counter() - t, counts(proxy), listed)
        return rows
    finally:
        proxy_proc.kill()
        subprocess.run([os.path.join(ROOT, "scripts", "emulator"), "stop", emu_dir], check=False)


def main():
    sizes = [int(s) for s in sys.argv[1:]] or [1000, 5000]
    print("sqsdelay list runs twice: the first asks STS for the account, later runs remember it.")
    print(f"{'pending':>8}  {'approach':<30} {'requests':>8}  {'wall s':>7}  {'listed':>6}  breakdown")
    for n in sizes:
        for label, (secs, c, listed) in measure(n).items():
            total = sum(c.values())
            print(f"{n:>8}  {label:<30} {total:>8}  {secs:>7.2f}  {listed:>6}  {json.dumps(c, sort_keys=True)}")
        describe_floor = n / 15
        print(f"{n:>8}  {'(naive on AWS: DescribeExecution at 15/s)':<30} {'':>8}  {describe_floor:>7.0f}  (lower bound)")


if __name__ == "__main__":
    main()
