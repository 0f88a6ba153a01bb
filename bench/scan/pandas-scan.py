"""The scan job of docs/bench-scan-job.md (shared docs) done by pandas: USA<->CHN daily aggregates of a GDELT 2.0
export, written as the job's CSV.

    /usr/bin/python3 bench/scan/pandas-scan.py FILE OUT      # Debian's python3-pandas

Reads the file in chunks of 500,000 rows with only the six columns the job uses, codes kept as text, no quoting
(a '"' is ordinary text in GDELT); sums each chunk's kept rows by group and adds the partial sums up at the end.
"""
import csv
import sys

import pandas as pd

CHUNK_ROWS = 500_000
# 0-based GDELT 2.0 column index -> (name, dtype); data/gdelt/gdelt2-columns.tsv.
COLUMNS = {
    1: ("SQLDATE", str),
    7: ("Actor1CountryCode", str),
    17: ("Actor2CountryCode", str),
    29: ("QuadClass", "int64"),
    30: ("GoldsteinScale", "float64"),
    31: ("NumMentions", "int64"),
}
KEYS = ["SQLDATE", "Actor1CountryCode", "Actor2CountryCode", "QuadClass"]
HEADER = "SQLDATE,Actor1CountryCode,Actor2CountryCode,QuadClass,count,sum_goldstein,sum_nummentions,sum_goldstein_x_mentions"


def main(path, out):
    partials = []
    chunks = pd.read_csv(path, sep="\t", header=None, quoting=csv.QUOTE_NONE, usecols=list(COLUMNS),
                         dtype={i: t for i, (_, t) in COLUMNS.items()}, na_filter=False, chunksize=CHUNK_ROWS)
    for chunk in chunks:
        chunk.columns = [COLUMNS[i][0] for i in chunk.columns]
        a1, a2 = chunk["Actor1CountryCode"], chunk["Actor2CountryCode"]
        kept = chunk[((a1 == "USA") & (a2 == "CHN")) | ((a1 == "CHN") & (a2 == "USA"))]
        if kept.empty:
            continue
        kept = kept.assign(count=1, product=kept["GoldsteinScale"] * kept["NumMentions"])
        partials.append(kept.groupby(KEYS)[["count", "GoldsteinScale", "NumMentions", "product"]].sum())

    with open(out, "w", encoding="ascii", newline="\n") as f:
        f.write(HEADER + "\n")
        if not partials:
            return
        # groupby sorts its keys: the codes as text (byte order for ASCII), QuadClass as an integer.
        totals = pd.concat(partials).groupby(level=KEYS).sum()
        for (date, a1, a2, quad), (count, goldstein, mentions, product) in zip(
                totals.index, totals.itertuples(index=False, name=None)):
            # Python's %-formatting of a float is correctly rounded, as C's printf("%.6f").
            f.write(f"{date},{a1},{a2},{quad},{count},{goldstein:.6f},{mentions},{product:.6f}\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: pandas-scan.py FILE OUT")
    main(sys.argv[1], sys.argv[2])
