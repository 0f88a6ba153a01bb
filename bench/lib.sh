# Helpers shared by the bench scripts (sourced, not run). The caller sets, before sourcing:
#   root   the repository root
#   dir    scratch folder for generated files (created here)
#   seed   generator seed
# and gets: die, need_gnu_time, build, generate SIZE, timed LABEL CMD..., median.

gen_dll="$root/bench/Pendulum.Bench/bin/Release/net10.0/Pendulum.Bench.dll"
me="${0##*/}"

die() { echo "$me: $*" >&2; exit 1; }

# GNU time gives wall seconds and peak RSS (KB); Debian ships it as the `time` package.
need_gnu_time() {
  [[ -x /usr/bin/time ]] && return
  echo "installing GNU time (apt-get install time)" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >&2 \
    || die "could not install GNU time"
}

build() { # project folder, relative to the root
  dotnet build -c Release "$root/$1" -nologo -v q >&2 || die "build of $1 failed"
}

# Generates (or reuses) the seeded file of that size in $dir and prints its path. A file is reused only if the
# generator's sources (the code and tables that decide its bytes, not the rest of Pendulum.Bench) are unchanged
# since it was written. Needs the generator built.
generate() { # size
  local size="$1" file="$dir/gdelt-$1-seed$seed.export.CSV" hash stamp
  hash="$(cd "$root/bench/Pendulum.Bench" && find Generation Data GenerateCommand.cs ByteSize.cs -type f -print0 \
    | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)"
  stamp="$size $seed $hash"
  mkdir -p "$dir"
  if [[ -f "$file" && -f "$file.ok" && "$(cat "$file.ok")" == "$stamp" ]]; then
    echo "reusing $file" >&2
  else
    # Written aside and renamed: a run of another script reading the old file keeps reading whole bytes.
    rm -f "$file.ok"
    dotnet "$gen_dll" generate --size "$size" --seed "$seed" --out "$file.partial" >&2 || die "generating $size failed"
    mv -f "$file.partial" "$file"
    echo "$stamp" > "$file.ok"
  fi
  echo "$file"
}

# Runs a command under GNU time; prints "seconds peak_kb". Fails loudly with the command's stderr.
# GNU time's %e has 10 ms steps, too coarse for `wc -l` on 100 MB, so the wall time is taken from bash's
# microsecond clock around it (which adds GNU time's own start-up, about a millisecond).
timed() { # label command...
  local label="$1"; shift
  local tfile="$dir/time.out" efile="$dir/stderr.out" status=0 start end
  start=$EPOCHREALTIME
  /usr/bin/time -f '%e %M' -o "$tfile" "$@" > /dev/null 2> "$efile" || status=$?
  end=$EPOCHREALTIME
  if [[ $status -ne 0 ]]; then
    echo "$me: $label failed with exit code $status: $*" >&2
    cat "$efile" >&2
    exit "$status"
  fi
  awk -v a="$start" -v b="$end" -v line="$(tail -n 1 "$tfile")" \
    'BEGIN { split(line, f, " "); printf "%.4f %d\n", b - a, f[2] }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
