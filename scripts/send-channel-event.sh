#!/usr/bin/env bash
# Signs one channel event (a JSON file) with the channel's secret and POSTs it to the Guide Commerce channel API,
# printing the HTTP status and the answer. See docs/channel-api.md for the events and answers.
#
#   scripts/send-channel-event.sh <baseUrl> <channelCode> <secret> <file.json>
#   scripts/send-channel-event.sh http://localhost:8080 TMALL demo-tmall-secret demo/channel-events/tmall-order-paid.json
#
# A file may write "{{now}}" where a timestamp goes (e.g. "occurredAt": "{{now}}"): it is replaced by the current time
# in China Standard Time before signing, so the demo's examples stay fresh. Everything else is sent byte for byte.
# Exit status: 0 for a 2xx answer, 1 for any other answer, 2 for a usage error.
set -euo pipefail

if [ $# -ne 4 ]; then
    sed -n '5,6p' "$0" | sed 's/^#  *//' >&2
    exit 2
fi
base_url=${1%/}
channel=$2
secret=$3
file=$4
if [ ! -r "$file" ]; then
    echo "Cannot read $file" >&2
    exit 2
fi
if [ -z "$secret" ]; then
    echo "The channel's signing secret must not be empty" >&2
    exit 2
fi
for tool in openssl curl; do
    command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done

body=$(mktemp)
answer=$(mktemp)
trap 'rm -f "$body" "$answer"' EXIT
now=$(TZ=Asia/Shanghai date +%Y-%m-%dT%H:%M:%S+08:00)
sed "s/{{now}}/$now/g" "$file" > "$body"

timestamp=$(date +%s)
# HMAC-SHA256 over the timestamp, a newline and the exact body bytes, as lowercase hex.
signature=$({ printf '%s\n' "$timestamp"; cat "$body"; } | openssl dgst -sha256 -hmac "$secret" -r | cut -d' ' -f1)

status=$(curl -sS -o "$answer" -w '%{http_code}' -X POST \
    -H 'Content-Type: application/json' \
    -H "X-GC-Timestamp: $timestamp" \
    -H "X-GC-Signature: $signature" \
    --data-binary @"$body" \
    "$base_url/api/gc/v1/channels/$channel/events")
echo "HTTP $status"
cat "$answer"
echo
case "$status" in
    2??) exit 0 ;;
    *) exit 1 ;;
esac
