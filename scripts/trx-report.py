#!/usr/bin/env python3
"""Reads the TRX files of a test run and prints what failed.

  trx-report.py failures <dir>...  one block per failed test: its name and the first lines of its message
  trx-report.py filter <dir>...    a `dotnet test --filter` expression selecting exactly the failed test methods
  trx-report.py counts <dir>...    "passed failed skipped" summed over the folders' TRX files
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}


def runs(folders):
    for folder in folders:
        for path in sorted(glob.glob(os.path.join(folder, "*.trx"))):
            yield path, ET.parse(path).getroot()


def failed(folders):
    for path, root in runs(folders):
        methods = {}
        for test in root.iterfind(".//t:UnitTest", NS):
            method = test.find("t:TestMethod", NS)
            if method is not None:
                methods[test.get("id")] = f"{method.get('className')}.{method.get('name')}"
        for result in root.iterfind(".//t:UnitTestResult", NS):
            if result.get("outcome") == "Failed":
                message = result.findtext(".//t:Message", default="", namespaces=NS).strip()
                yield result.get("testName"), methods.get(result.get("testId"), result.get("testName")), message


def counts(folders):
    passed = failed_ = skipped = 0
    for _, root in runs(folders):
        c = root.find(".//t:Counters", NS)
        if c is None:
            continue
        passed += int(c.get("passed", 0))
        failed_ += int(c.get("failed", 0))
        skipped += int(c.get("total", 0)) - int(c.get("executed", 0))
    return passed, failed_, skipped


def main(mode, folders):
    if mode == "failures":
        for name, _, message in failed(folders):
            print(f"FAILED {name}")
            for line in message.splitlines()[:6]:
                print(f"    {line}")
    elif mode == "filter":
        methods = sorted({method for _, method, _ in failed(folders)})
        print("|".join(f"FullyQualifiedName={m}" for m in methods))
    elif mode == "counts":
        print(*counts(folders))
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
