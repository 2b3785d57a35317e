#!/usr/bin/env python3
"""Index a folder of seed files on a Dask cluster: the map steps run `facts --jsonl` once per shard
on the workers, the reduce runs `index --from-facts` (see README.md, "Distributed runs").

    python3 scripts/dask/index_on_dask.py FOLDER --out INDEX.yaml [--shards N] [--workers W]

Without --scheduler it starts a LocalCluster of W single-threaded worker processes. A shard's records
are written where every worker and the driver can read them (--work, a shared folder on a real
cluster). Two passes, as in the local indexer: records made without the lines their source repeats
are remade with the plan the first reduce writes, then the reduce runs again with the new shards last.
"""
import argparse
import base64
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dask.distributed import Client, LocalCluster

ROOT = Path(__file__).resolve().parents[2]
CLI = str(ROOT / "dist" / "cli.js")
EXIT_SECOND_PASS = 3


def seed_paths(folder):
    """The *.txt files under folder as `index` lists them: relative, "/"-separated, dot-folders and
    node_modules skipped, sorted by UTF-16 code units as JavaScript's sort does."""
    found = []
    for directory, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".") and name != "node_modules"]
        for name in files:
            if name.lower().endswith(".txt") and not name.startswith("."):
                found.append(os.path.relpath(os.path.join(directory, name), folder).replace(os.sep, "/"))
    return sorted(found, key=lambda path: path.encode("utf-16-be"))


def facts_shard(folder, ids, out_path, plan_text=None):
    """Map task: the documents' JSON Lines piped through `facts --jsonl --with-profile`; returns the shard's path."""
    # A capped heap keeps a long-running map process near 130 MB (see README.md, "Distributed runs").
    command = ["node", "--max-old-space-size=64", "--max-semi-space-size=3", CLI, "facts", "--jsonl", "--with-profile"]
    plan_file = None
    if plan_text is not None:
        plan_file = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
        plan_file.write(plan_text)
        plan_file.close()
        command += ["--repeated-lines", plan_file.name]
    try:
        with open(out_path, "wb") as out:
            process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=out, stderr=subprocess.PIPE)
            for document_id in ids:
                process.stdin.write((json.dumps(input_line(document_id, Path(folder, document_id).read_bytes()), ensure_ascii=False) + "\n").encode("utf-8"))
            process.stdin.close()
            errors = process.stderr.read().decode("utf-8", "replace")
            # Exit 1 means some documents gave error records, which the reduce reports.
            if process.wait() not in (0, 1):
                raise RuntimeError(f"facts --jsonl failed on {out_path}: {errors}")
    finally:
        if plan_file is not None:
            os.unlink(plan_file.name)
    return out_path


def input_line(document_id, data):
    """A document as `facts --jsonl` reads it: its text, or its bytes when they are not UTF-8 (the
    engine then decodes them as `index` decodes such a file, or reports why it cannot)."""
    try:
        return {"id": document_id, "text": data.decode("utf-8")}
    except UnicodeDecodeError:
        return {"id": document_id, "base64": base64.b64encode(data).decode("ascii")}


def split(items, count):
    size = max(1, -(-len(items) // count))
    return [items[i:i + size] for i in range(0, len(items), size)]


def map_pass(client, folder, ids, shards, work, name, plan_text=None):
    plan = client.scatter(plan_text, broadcast=True) if plan_text is not None else None
    futures = [client.submit(facts_shard, folder, part, str(Path(work, f"{name}-{k:04d}.jsonl")), plan, pure=False)
               for k, part in enumerate(split(ids, shards))]
    return client.gather(futures)


def reduce_step(shard_paths, out, plan_path):
    command = ["node", CLI, "index", "--from-facts", *shard_paths, "--out", out, "--plan", plan_path]
    return subprocess.run(command, stdout=subprocess.PIPE, text=True).returncode, command


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--out", required=True, help="the INDEX.yaml to write")
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--scheduler", help="address of a running Dask scheduler, instead of a LocalCluster")
    parser.add_argument("--work", help="folder for the record shards (default: a temporary one)")
    args = parser.parse_args()

    folder = os.path.abspath(args.folder)
    work = args.work or tempfile.mkdtemp(prefix="source-review-dask-")
    os.makedirs(work, exist_ok=True)
    ids = seed_paths(folder)
    cluster = None if args.scheduler else LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None)
    started = time.monotonic()
    with Client(args.scheduler or cluster) as client:
        first = map_pass(client, folder, ids, args.shards, work, "pass1")
        plan_path = str(Path(work, "plan.json"))
        code, _ = reduce_step(first, args.out, plan_path)
        remade = 0
        if code == EXIT_SECOND_PASS:
            plan_text = Path(plan_path).read_text()
            again = json.loads(plan_text)["documents"]
            remade = len(again)
            second = map_pass(client, folder, again, args.shards, work, "pass2", plan_text)
            code, _ = reduce_step(first + second, args.out, plan_path)
    if cluster is not None:
        cluster.close()
    seconds = time.monotonic() - started
    print(f"dask: {len(ids)} documents in {args.shards} shards on {args.workers} workers, {remade} remade in a second pass, "
          f"{seconds:.1f} s; index --from-facts exit {code}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
