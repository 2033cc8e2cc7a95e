#!/usr/bin/env python3
"""Recomputes the audit chain outside PAS (docs/security.md, "The audit chain"), from the rows alone.

  psql -AtX -c "select row_to_json(x) from (select c.seq, c.prev_hash, c.hash, e.* from audit_chain c
    left join audit_event e on e.id = c.event_id order by c.seq) x" > chain.jsonl
  python3 recompute-chain.py chain.jsonl      # Python 3.11+, standard library only

Prints the number of links and the last hash, or the first broken link. (Compare the number with
`select count(*) from audit_event`: an event in no link is not in this export.)
"""
import datetime
import hashlib
import json
import sys

FIELDS = ["seq", "prev_hash", "id", "occurred_at", "actor_subject", "actor_roles", "on_behalf_of_provider_id",
          "action", "operation", "resource_type", "resource_id", "patient_id", "outcome", "http_status",
          "request_id", "instance", "detail"]


def field(value):
    return "-" if value is None else f"{len(str(value).encode())}:{value}"


previous, n = "0" * 64, 0
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    row = json.loads(line)
    if row["id"] is None:
        sys.exit(f"broken at {n}: its event was deleted")
    row["occurred_at"] = (datetime.datetime.fromisoformat(row["occurred_at"]).astimezone(datetime.timezone.utc)
                          .strftime("%Y-%m-%dT%H:%M:%S.%fZ"))
    text = "pas-audit-v1\n" + "".join(f"{name}={field(row[name])}\n" for name in FIELDS)
    if row["seq"] != n or row["prev_hash"] != previous or hashlib.sha256(text.encode()).hexdigest() != row["hash"]:
        sys.exit(f"broken at {n}: event {row['id']}")
    previous = row["hash"]
print(f"{n} links, last hash {previous}")
