package sqlite

import (
	"context"
	"fmt"
	"slices"

	"github.com/sitrep/sitrep"
)

// SummaryRow is one row of a summary: a group of events and what they add
// up to.
type SummaryRow struct {
	Key    string `json:"key"` // "" for the total
	Events int    `json:"events"`
	// Fatalities sums each event's best toll; Low and High its low and
	// high (an open "at least" counts its best as its high).
	Fatalities     int `json:"fatalities"`
	FatalitiesLow  int `json:"fatalities_low"`
	FatalitiesHigh int `json:"fatalities_high"`
	// Sources sums each event's sources; Undated counts the undated events.
	Sources int `json:"sources"`
	Undated int `json:"undated"`
}

// Summaries are the groupings Summary takes: "" for one total row.
var Summaries = []string{"", sitrep.ByMonth, sitrep.ByWeek, sitrep.ByDay, sitrep.ByType, sitrep.BySubType,
	sitrep.ByActor, sitrep.ByAdmin1, sitrep.ByCountry}

// undatedKey is the key of the row of undated events in a summary by time.
const undatedKey = "undated"

// Summary adds up the events that pass the filter, in one total row, or
// by month, week, day (undated events in a row of their own, last), type,
// sub-event type, actor (an event counts for each of its two sides),
// admin1 or country (events without one in a row keyed ""). Rows by time
// come in time order, the others most events first.
func (s *Store) Summary(ctx context.Context, f sitrep.EventFilter, by string) ([]SummaryRow, error) {
	if !slices.Contains(Summaries, by) {
		return nil, invalid("summary", fmt.Errorf("grouping %q is not one of month, week, day, type, sub_type, actor, admin1, country", by))
	}
	q, ok, err := browseWhere("summary", f, actorAny)
	if err != nil || !ok {
		return nil, err
	}
	const sums = `count(*), coalesce(sum(f), 0), coalesce(sum(lo), 0), coalesce(sum(hi), 0),
		coalesce(sum(src), 0), coalesce(sum(undated), 0)`
	// per event: its key, fatalities, low, high, sources, whether undated
	row := func(key string) string {
		return `SELECT ` + key + ` AS k, i.fatalities AS f,
			coalesce(json_extract(i.record, '$.killed.low'), i.fatalities) AS lo,
			coalesce(json_extract(i.record, '$.killed.high'), json_extract(i.record, '$.killed.best'), i.fatalities) AS hi,
			i.sources AS src, CASE WHEN i.date IS NULL THEN 1 ELSE 0 END AS undated FROM incidents i`
	}
	var stmt string
	args := q.args
	switch by {
	case "":
		stmt = `SELECT '', ` + sums + ` FROM (` + row("''") + q.sql() + `)`
	case sitrep.ByActor:
		q2 := q
		q2.where = append(slices.Clip(q.where), "i.actor2 != i.actor1")
		args = append(slices.Clip(q.args), q.args...)
		stmt = `SELECT k, ` + sums + ` FROM (` + row("i.actor1") + q.sql() + ` UNION ALL ` + row("i.actor2") + q2.sql() +
			`) WHERE k != '' GROUP BY k ORDER BY 2 DESC, 1`
	default:
		key := map[string]string{
			sitrep.ByMonth: "substr(i.date, 1, 7)", sitrep.ByWeek: "date(i.date, 'weekday 0', '-6 days')",
			sitrep.ByDay: "i.date", sitrep.ByType: "i.event_type", sitrep.BySubType: "i.sub_event_type",
			sitrep.ByAdmin1: "coalesce(i.admin1, '')", sitrep.ByCountry: "coalesce(i.country, '')",
		}[by]
		order := " ORDER BY 2 DESC, 1"
		switch by {
		case sitrep.ByMonth, sitrep.ByWeek, sitrep.ByDay:
			key = "coalesce(" + key + ", '" + undatedKey + "')"
			order = " ORDER BY k = '" + undatedKey + "', 1"
		}
		stmt = `SELECT k, ` + sums + ` FROM (` + row(key) + q.sql() + `) GROUP BY k` + order
	}
	rows, err := s.r.QueryContext(ctx, stmt, args...)
	if err != nil {
		return nil, fmt.Errorf("summary by %s: %w", by, err)
	}
	defer rows.Close()
	var out []SummaryRow
	for rows.Next() {
		var r SummaryRow
		if err := rows.Scan(&r.Key, &r.Events, &r.Fatalities, &r.FatalitiesLow, &r.FatalitiesHigh, &r.Sources, &r.Undated); err != nil {
			return nil, fmt.Errorf("summary by %s: %w", by, err)
		}
		if by == "" && r.Events == 0 {
			continue
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("summary by %s: %w", by, err)
	}
	return out, nil
}
