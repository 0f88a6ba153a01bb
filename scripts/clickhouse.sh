#!/usr/bin/env bash
# A throwaway ClickHouse cluster on 127.0.0.1: N instances of Debian's clickhouse-server (18.16), each one shard of a
# cluster named in every instance's remote_servers, with its own ports and data folder under DIR. No ZooKeeper.
#
#   scripts/clickhouse.sh start DIR [SHARDS] [CLUSTER]   # generates configs, starts, waits for /ping; prints the
#                                                        # connection string (default 2 shards, cluster pendulum)
#   scripts/clickhouse.sh stop DIR                       # stops every instance of DIR by PID (TERM, then KILL)
#   scripts/clickhouse.sh restart DIR                    # starts the stopped instances of DIR again, data kept
#   scripts/clickhouse.sh kill-node DIR I                # kills instance I (1-based) with SIGKILL: a crash
#   scripts/clickhouse.sh start-node DIR I               # starts instance I again and waits for /ping
#
# DIR/nodeI/ holds config.xml, users.xml, data/, logs and the server's PID (pid); DIR/url holds the connection string
# (database pendulum). The servers are started with setsid and their output sent to files, so they outlive the
# calling shell and hold none of its pipes: only `stop` (or kill-node) ends them.
set -euo pipefail

SERVER=${CLICKHOUSE_SERVER:-/usr/sbin/clickhouse-server}
die() { echo "clickhouse.sh: $*" >&2; exit 1; }

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

write_config() { # node_dir http tcp interserver cluster remote_servers_xml
  local d="$1"
  mkdir -p "$d/data" "$d/tmp" "$d/user_files" "$d/format_schemas" "$d/log"
  cat > "$d/config.xml" <<EOF
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$d/log/server.log</log><errorlog>$d/log/error.log</errorlog><size>10M</size><count>1</count></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>$2</http_port>
  <tcp_port>$3</tcp_port>
  <interserver_http_port>$4</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>
  <path>$d/data/</path>
  <tmp_path>$d/tmp/</tmp_path>
  <user_files_path>$d/user_files/</user_files_path>
  <format_schema_path>$d/format_schemas/</format_schema_path>
  <users_config>$d/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mlock_executable>false</mlock_executable>
  <max_concurrent_queries>100</max_concurrent_queries>
  <mark_cache_size>268435456</mark_cache_size>
  <uncompressed_cache_size>268435456</uncompressed_cache_size>
  <remote_servers>
    <$5>
$6
    </$5>
  </remote_servers>
</yandex>
EOF
  cat > "$d/users.xml" <<EOF
<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>4000000000</max_memory_usage></default></profiles>
  <users>
    <default>
      <password></password>
      <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
  </users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
EOF
}

http_port() { sed -n 's:.*<http_port>\([0-9]*\)</http_port>.*:\1:p' "$1/config.xml"; }

start_node() { # node_dir
  local d="$1" port
  port=$(http_port "$d")
  setsid "$SERVER" --config-file="$d/config.xml" > "$d/log/stdout.log" 2>&1 < /dev/null &
  echo $! > "$d/pid"
  # A server with many parts takes a while to load them on a busy machine: allow two minutes.
  for _ in $(seq 1 1200); do
    if curl -fsS "http://127.0.0.1:$port/ping" > /dev/null 2>&1; then return 0; fi
    kill -0 "$(cat "$d/pid")" 2> /dev/null || { tail -n 20 "$d/log/error.log" "$d/log/stdout.log" >&2 || true; die "the server of $d exited"; }
    sleep 0.1
  done
  die "the server of $d did not answer /ping within 120 s"
}

stop_node() { # node_dir signal
  local d="$1" pid
  [ -f "$d/pid" ] || return 0
  pid=$(cat "$d/pid")
  if kill -0 "$pid" 2> /dev/null; then
    kill "-$2" "$pid" 2> /dev/null || true
    for _ in $(seq 1 150); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2> /dev/null; then kill -KILL "$pid" 2> /dev/null || true; sleep 0.2; fi
  fi
  rm -f "$d/pid"
}

node_dir() { local d="$1/node$2"; [ -f "$d/config.xml" ] || die "no instance $2 in $1"; echo "$d"; }

cmd="${1:-}"; dir="${2:-}"
[ -n "$cmd" ] && [ -n "$dir" ] || { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
case "$cmd" in
  start)
    shards="${3:-2}"; cluster="${4:-pendulum}"
    [ -x "$SERVER" ] || die "$SERVER not found: apt-get install -y clickhouse-server clickhouse-client"
    mkdir -p "$dir"; dir=$(cd "$dir" && pwd)
    declare -a http tcp inter
    remote=""
    for i in $(seq 1 "$shards"); do
      http[i]=$(free_port); tcp[i]=$(free_port); inter[i]=$(free_port)
      remote+="      <shard><replica><host>127.0.0.1</host><port>${tcp[i]}</port></replica></shard>"$'\n'
    done
    hosts=""
    for i in $(seq 1 "$shards"); do
      write_config "$dir/node$i" "${http[i]}" "${tcp[i]}" "${inter[i]}" "$cluster" "$remote"
      hosts+="${hosts:+,}127.0.0.1:${http[i]}"
    done
    for i in $(seq 1 "$shards"); do start_node "$dir/node$i"; done
    echo "clickhouse://$hosts/pendulum?cluster=$cluster" > "$dir/url"
    cat "$dir/url"
    ;;
  stop)
    for d in "$dir"/node*; do [ -d "$d" ] && stop_node "$d" TERM; done
    ;;
  restart)
    for d in "$dir"/node*; do
      if [ -f "$d/pid" ] && kill -0 "$(cat "$d/pid")" 2> /dev/null; then continue; fi
      start_node "$d"
    done
    cat "$dir/url"
    ;;
  kill-node) stop_node "$(node_dir "$dir" "${3:?instance number}")" KILL ;;
  start-node) start_node "$(node_dir "$dir" "${3:?instance number}")" ;;
  *) die "unknown command $cmd (start, stop, restart, kill-node, start-node)" ;;
esac
