#!/bin/sh
# Runs each conversation through `chat --format json` and prints message / reply pairs.
JAR=${JAR:-../../target/comp-coach.jar}
for f in ${@:-*.txt}; do
  v=dm; case $f in channel-*) v=channel;; esac
  java -jar $JAR chat --format json --venue $v < $f | python3 -c '
import sys, json
msgs=[l.rstrip("\n") for l in open(sys.argv[1])]
for i,line in enumerate(sys.stdin):
    r=json.loads(line)
    print("### %d> %s" % (i+1, msgs[i] if i < len(msgs) else "?"))
    t=r.get("reply","")
    if i==0: t=t.split("\n")[3] if t.count("\n")>3 else t
    print(t)
    if "draft" in r: print("[draft: %s]" % r["draft"].get("title"))
' $f > ${f%.txt}.out
done
