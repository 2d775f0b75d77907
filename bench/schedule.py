"""Benchmark: scheduling throughput, single-command latency and batch memory.

1. 2,000 messages: `sqsdelay schedule --batch` versus a boto3 thread pool of the same size,
   versus a shell loop of `aws stepfunctions start-execution` (sampled: the loop is slow), and
   the emulator's own ceiling (the same requests, unsigned, from raw keep-alive connections).
   Each approach gets a fresh emulator, so none pays for the executions of another.
2. One `sqsdelay schedule` process, start to exit, versus one `aws stepfunctions start-execution`.
3. Peak memory of `sqsdelay schedule --batch` on a 100,000-line file (validation only, --check)
   and on the real 2,000-line run.
Run with bench/run schedule.
"""
import datetime
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import boto3

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "sqsdelay")
AWS = os.path.join(ROOT, ".venv-bench", "bin", "aws")
MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:sqsdelay"
N = int(os.environ.get("BENCH_MESSAGES", "2000"))
CLI_SAMPLE = int(os.environ.get("BENCH_CLI_SAMPLE", "50"))
CONCURRENCY = 32
ENV = dict(os.environ, AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench", AWS_REGION="us-east-1",
           AWS_DEFAULT_REGION="us-east-1", AWS_CONFIG_FILE="/dev/null", AWS_SHARED_CREDENTIALS_FILE="/dev/null")
DUE = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=30)).replace(microsecond=0)


class Emulator:
    def __enter__(self):
        self.dir = os.path.join(ROOT, ".emulator", "bench-schedule")
        self.endpoint = subprocess.run([os.path.join(ROOT, "scripts", "emulator"), "start", self.dir],
                                       check=True, capture_output=True, text=True).stdout.strip()
        subprocess.run([BIN, "--endpoint-url", self.endpoint, "setup", "--quiet"], env=ENV, check=True, capture_output=True)
        session = boto3.session.Session(aws_access_key_id="bench", aws_secret_access_key="bench", region_name="us-east-1")
        self.sfn = session.client("stepfunctions", endpoint_url=self.endpoint)
        self.queue = session.client("sqs", endpoint_url=self.endpoint).create_queue(QueueName="bench")["QueueUrl"]
        return self

    def __exit__(self, *exc):
        subprocess.run([os.path.join(ROOT, "scripts", "emulator"), "stop", self.dir], check=False)

    def running(self):
        pages = self.sfn.get_paginator("list_executions").paginate(stateMachineArn=MACHINE, statusFilter="RUNNING")
        return sum(len(p["executions"]) for p in pages)


def execution(queue, i):
    due = DUE + datetime.timedelta(seconds=i)
    name = due.strftime("%Y%m%dT%H%M%SZ") + f"_m{i}"
    body = json.dumps({"v": 1, "dueAt": due.strftime("%Y-%m-%dT%H:%M:%SZ"), "queueUrl": queue,
                       "body": f"message {i}", "attributes": {}}, separators=(",", ":"))
    return name, body


def run_sqsdelay_batch(emu):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for i in range(N):
            due = (DUE + datetime.timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
            f.write(json.dumps({"queue": emu.queue, "at": due, "body": f"message {i}", "id": f"m{i}"}) + "\n")
    peak_mib, secs = peak_of([BIN, "--endpoint-url", emu.endpoint, "schedule", "--batch", f.name,
                              "--concurrency", str(CONCURRENCY), "--quiet"])
    os.unlink(f.name)
    return N, secs, peak_mib


def peak_of(cmd):
    """Runs cmd in a fresh wrapper process, so its peak RSS is measured alone: (MiB, seconds)."""
    code = ("import resource, subprocess, sys, time; t = time.perf_counter();"
            "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code] + cmd, env=ENV, check=True, capture_output=True, text=True)
    rss, secs = out.stdout.split()
    return int(rss) / 1024, float(secs)


def run_boto3_pool(emu):
    def one(i):
        name, body = execution(emu.queue, i)
        emu.sfn.start_execution(stateMachineArn=MACHINE, name=name, input=body)

    emu.sfn.meta.config.max_pool_connections = CONCURRENCY
    t = time.perf_counter()
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        list(pool.map(one, range(N)))
    return N, time.perf_counter() - t


def run_cli_loop(emu):
    t = time.perf_counter()
    for i in range(CLI_SAMPLE):
        name, body = execution(emu.queue, i)
        subprocess.run([AWS, "--endpoint-url", emu.endpoint, "stepfunctions", "start-execution", "--state-machine-arn",
                        MACHINE, "--name", name, "--input", body], env=ENV, check=True, stdout=subprocess.DEVNULL)
    return CLI_SAMPLE, time.perf_counter() - t


def run_ceiling(emu):
    """The simplest client: pre-built unsigned requests over keep-alive connections."""
    url = urllib.parse.urlparse(emu.endpoint)
    counter = iter(range(N))
    lock = threading.Lock()

    def worker():
        conn = http.client.HTTPConnection(url.hostname, url.port)
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            name, body = execution(emu.queue, i)
            payload = json.dumps({"stateMachineArn": MACHINE, "name": name, "input": body})
            conn.request("POST", "/", payload, {"X-Amz-Target": "AWSStepFunctions.StartExecution",
                                                "Content-Type": "application/x-amz-json-1.0",
                                                "Authorization": "AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/states/aws4_request, SignedHeaders=host, Signature=0"})
            resp = conn.getresponse()
            resp.read()
            assert resp.status == 200, resp.status

    threads = [threading.Thread(target=worker) for _ in range(CONCURRENCY)]
    t = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return N, time.perf_counter() - t


def single_latency(emu):
    sq, cli = [], []
    for i in range(10):
        t = time.perf_counter()
        subprocess.run([BIN, "--endpoint-url", emu.endpoint, "schedule", "--queue", emu.queue, "--in", "1h", "--body", "x",
                        "--quiet"], env=ENV, check=True, stdout=subprocess.DEVNULL)
        sq.append(time.perf_counter() - t)
        name, body = execution(emu.queue, 100000 + i)
        t = time.perf_counter()
        subprocess.run([AWS, "--endpoint-url", emu.endpoint, "stepfunctions", "start-execution", "--state-machine-arn",
                        MACHINE, "--name", name, "--input", body], env=ENV, check=True, stdout=subprocess.DEVNULL)
        cli.append(time.perf_counter() - t)
    return statistics.median(sq), statistics.median(cli)


def check_memory():
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for i in range(100_000):
            f.write(json.dumps({"queue": "orders", "in": f"{i % 10000 + 1}m", "body": f"message {i} " + "x" * 100,
                                "attributes": {"kind": "bench"}}) + "\n")
    peak, secs = peak_of([BIN, "--endpoint-url", "http://127.0.0.1:9", "schedule", "--batch", f.name, "--check", "--quiet"])
    os.unlink(f.name)
    return peak, secs


def main():
    print(f"machine: {os.cpu_count()} cores; {N} messages, concurrency {CONCURRENCY}; fresh emulator per approach\n")
    rates = {}
    for label, fn in [("emulator ceiling (raw HTTP)", run_ceiling), ("sqsdelay schedule --batch", run_sqsdelay_batch),
                      ("boto3 thread pool", run_boto3_pool), ("aws CLI loop (sampled)", run_cli_loop)]:
        with Emulator() as emu:
            result = fn(emu)
            count, secs = result[0], result[1]
            rates[label] = count / secs
            extra = f"  peak RSS {result[2]:.1f} MiB" if len(result) > 2 else ""
            running = emu.running()
            print(f"{label:<30} {count:>5} messages in {secs:7.2f} s = {rates[label]:7.1f} msg/s"
                  f"  (emulator holds {running} executions){extra}")
    batch = rates["sqsdelay schedule --batch"]
    print(f"\nsqsdelay / boto3 pool:      {batch / rates['boto3 thread pool']:.2f}x   (target >= 1)")
    print(f"sqsdelay / aws CLI loop:    {batch / rates['aws CLI loop (sampled)']:.1f}x   (target >= 20)")
    print(f"sqsdelay / emulator ceiling: {batch / rates['emulator ceiling (raw HTTP)']:.2f}")

    with Emulator() as emu:
        sq, cli = single_latency(emu)
    print(f"\none schedule, start to exit (median of 10): sqsdelay {sq * 1000:.0f} ms, aws CLI {cli * 1000:.0f} ms"
          f" = {cli / sq:.1f}x   (target >= 10)")

    peak, secs = check_memory()
    print(f"\n100,000-line batch, --check: peak RSS {peak:.1f} MiB in {secs:.1f} s   (target < 50 MiB)")


if __name__ == "__main__":
    main()
