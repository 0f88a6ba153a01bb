// The scan job of docs/bench-scan-job.md (shared docs) done by DuckDB: USA<->CHN daily aggregates of a GDELT 2.0
// export, written as the job's CSV.
//
//   node bench/scan/duckdb-scan.mjs FILE OUT [threads]     # threads: DuckDB's default (all cores) when omitted
//
// read_csv gets the 61 columns by name with no sniffing and no quote character (a '"' is ordinary text in GDELT);
// only the six columns the job uses are typed, the rest stay VARCHAR and DuckDB's projection skips them.
import { DuckDBInstance } from '@duckdb/node-api';

const [file, out, threads] = process.argv.slice(2);
if (!file || !out || (threads !== undefined && !/^[1-9][0-9]*$/.test(threads))) {
  console.error('usage: node duckdb-scan.mjs FILE OUT [threads]');
  process.exit(2);
}

// GDELT 2.0 event table, official order (data/gdelt/gdelt2-columns.tsv).
const names = `GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode
  Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code
  Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code
  Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode
  EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone Actor1Geo_Type
  Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long
  Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code
  Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode
  ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL`
  .split(/\s+/);
if (names.length !== 61) throw new Error(`expected 61 GDELT 2.0 columns, have ${names.length}`);
const types = { QuadClass: 'INTEGER', GoldsteinScale: 'DOUBLE', NumMentions: 'BIGINT' };
const columns = names.map((n) => `'${n}': '${types[n] ?? 'VARCHAR'}'`).join(', ');
const literal = (s) => `'${s.replaceAll("'", "''")}'`;

// printf('%.6f') in DuckDB is the fmt library's: exactly 6 decimals, correctly rounded, as C's printf.
const sql = `
COPY (
  SELECT SQLDATE, Actor1CountryCode, Actor2CountryCode, QuadClass,
         count(*) AS count,
         printf('%.6f', sum(GoldsteinScale)) AS sum_goldstein,
         sum(NumMentions) AS sum_nummentions,
         printf('%.6f', sum(GoldsteinScale * NumMentions)) AS sum_goldstein_x_mentions
  FROM read_csv(${literal(file)}, delim = '\t', header = false, quote = '', escape = '',
                auto_detect = false, columns = {${columns}})
  WHERE (Actor1CountryCode = 'USA' AND Actor2CountryCode = 'CHN')
     OR (Actor1CountryCode = 'CHN' AND Actor2CountryCode = 'USA')
  GROUP BY SQLDATE, Actor1CountryCode, Actor2CountryCode, QuadClass
  ORDER BY SQLDATE, Actor1CountryCode, Actor2CountryCode, QuadClass
) TO ${literal(out)} (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '', NEW_LINE '\n')`;

const instance = await DuckDBInstance.create(':memory:', threads ? { threads } : {});
const connection = await instance.connect();
await connection.run(sql);
connection.closeSync();
instance.closeSync();
