package postgres

import (
	"strings"
	"testing"
)

func TestTranslate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`SELECT a FROM t WHERE x = ? AND y = ?`, `SELECT a FROM t WHERE x = $1 AND y = $2`},
		{`UPDATE d SET id = ?2 WHERE id = ?1`, `UPDATE d SET id = $2 WHERE id = $1`},
		{`SELECT '?' FROM t WHERE x = ?`, `SELECT '?' FROM t WHERE x = $1`},
		{`INSERT OR IGNORE INTO merge_keys (a) VALUES (?)`, `INSERT INTO merge_keys (a) VALUES ($1) ON CONFLICT DO NOTHING`},
		{`INSERT INTO events (a) VALUES (?) ON CONFLICT (id) DO NOTHING`, `INSERT INTO events (a) VALUES ($1) ON CONFLICT (id) DO NOTHING RETURNING seq`},
		{`SELECT min(1, sqrt(x)), min(i.id), instr(a, ?)`, `SELECT least(1, sqrt(x)), min(i.id), strpos(a, $1)`},
		{`SELECT CAST((i.lat + 90) / ? AS INTEGER), CAST(x AS REAL)`, `SELECT CAST(trunc((i.lat + 90) / $1) AS bigint), CAST(x AS double precision)`},
		{`SELECT a FROM t ORDER BY date DESC, id LIMIT ?`, `SELECT a FROM t ORDER BY date DESC NULLS LAST, id NULLS FIRST LIMIT $1`},
		{`SELECT a FROM t ORDER BY f DESC NULLS LAST, id`, `SELECT a FROM t ORDER BY f DESC NULLS LAST, id NULLS FIRST`},
		{`SELECT (SELECT b FROM u ORDER BY c) FROM t ORDER BY coalesce(a, 'x, y') DESC`, `SELECT (SELECT b FROM u ORDER BY c NULLS FIRST) FROM t ORDER BY coalesce(a, 'x, y') DESC NULLS LAST`},
		{`SELECT seq FROM e WHERE seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?) AND x = ?`, `SELECT seq FROM e WHERE seq IN (SELECT rowid FROM events_fts WHERE events_fts.tsv @@ to_tsquery('sitrep', $1::text)) AND x = $2`},
		{`SELECT coalesce(json_extract(i.record, '$.killed.low'), 0)`, `SELECT coalesce(((i.record)::jsonb #>> '{killed,low}')::numeric, 0)`},
		{`SELECT date(i.date, 'weekday 0', '-6 days')`, `SELECT to_char(date_trunc('week', (i.date)::date), 'YYYY-MM-DD')`},
		{`PRAGMA user_version = 3`, `UPDATE sitrep_schema SET version = 3`},
		{`SELECT i.seq FROM incidents i INDEXED BY incidents_browse WHERE x = ?`, `SELECT i.seq FROM incidents i WHERE x = $1`},
		{`SELECT i.record FROM incidents i NOT INDEXED WHERE i.seq IN (SELECT a.incident FROM incident_actors a INDEXED BY incident_actors_incident)`,
			`SELECT i.record FROM incidents i WHERE i.seq IN (SELECT a.incident FROM incident_actors a)`},
	} {
		if got := translate(c.in, false).sql; got != c.want {
			t.Errorf("translate(%s)\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func TestFTSQuery(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`"car" "bomb"`, `car & bomb`},
		{`"car bomb"`, `(car <-> bomb)`},
		{`"bomb"* OR "blast" NOT "drill"`, `bomb:* | blast & ! drill`},
		{`"al-Qa'im"`, `(al <-> qa <-> im)`},
		{`"Café"`, `café`},
	} {
		if got := ftsQuery(c.in); got != c.want {
			t.Errorf("ftsQuery(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestAliases(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`SELECT count(*) FROM (SELECT 1 FROM k LIMIT ?)`, `SELECT count(*) FROM (SELECT 1 FROM k LIMIT $1) AS _sub1`},
		{`SELECT x FROM (SELECT 1 AS x) s WHERE x = 1`, `SELECT x FROM (SELECT 1 AS x) s WHERE x = 1`},
		{`SELECT x FROM (SELECT 1 AS x) WHERE x = 1`, `SELECT x FROM (SELECT 1 AS x) AS _sub1 WHERE x = 1`},
	} {
		if got := translate(c.in, false).sql; got != c.want {
			t.Errorf("translate(%s)\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func TestPostGISRadius(t *testing.T) {
	in := `SELECT i.id FROM incidents i WHERE i.date >= ? AND 2 * ? * asin(min(1, sqrt(pow(sin(radians(i.lat - ?) / 2), 2) +
			cos(radians(?)) * cos(radians(i.lat)) * pow(sin(radians(i.lon - ?) / 2), 2)))) <= ? ORDER BY i.id`
	want := `SELECT i.id FROM incidents i WHERE i.date >= $1 AND (2 * $2 * asin(least(1, sqrt(pow(sin(radians(i.lat - $3) / 2), 2) +
			cos(radians($4)) * cos(radians(i.lat)) * pow(sin(radians(i.lon - $5) / 2), 2)))) <= $6 AND ST_DWithin(i.geog, ST_SetSRID(ST_MakePoint($5, $3), 4326)::geography, $6 * 1010, false)) ORDER BY i.id NULLS FIRST`
	if got := translate(in, true).sql; got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := translate(in, false).sql; strings.Contains(got, "ST_DWithin") {
		t.Errorf("without PostGIS: %s", got)
	}
}
