package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/store/actorkey"
)

// This file keeps incident_actors (migration 0016), the index of
// EventFilter.Actor: each incident under the word keys (actorkey.Keys) of
// the actors its records name and of its own actors.

const qInsActorKey = `INSERT INTO incident_actors (key, incident) VALUES (?, ?) ON CONFLICT DO NOTHING`

// actorsCommon, when not negative, fixes how many keys an actor may match
// before a page of it is probed rather than read first (for tests); else
// actorsMany works it out.
var actorsCommon = -1

// actorTerms is the condition on incident_actors a of a query's terms,
// with its arguments.
func actorTerms(terms []string) (string, []any) {
	conds := make([]string, 0, len(terms))
	args := make([]any, 0, 3*len(terms))
	for _, t := range terms {
		lo, hi := actorkey.Range(t)
		conds = append(conds, "a.key = ? OR (a.key >= ? AND a.key < ?)")
		args = append(args, t, lo, hi)
	}
	return "(" + strings.Join(conds, " OR ") + ")", args
}

// actorIn is the condition on incidents i that keeps those whose actors
// match terms, reading the matches from the index first.
func actorIn(terms []string) (string, []any) {
	cond, args := actorTerms(terms)
	return "i.seq IN (SELECT a.incident FROM incident_actors a WHERE " + cond + ")", args
}

// actorProbeCond is the same condition tested incident by incident.
func actorProbeCond(terms []string) (string, []any) {
	cond, args := actorTerms(terms)
	return "(SELECT 1 FROM incident_actors a INDEXED BY incident_actors_incident WHERE a.incident = i.seq AND " +
		cond + " LIMIT 1) IS NOT NULL", args
}

// actorsMany reports whether a page of limit incidents of terms is
// better found by walking incidents in order and probing each (actorProbe)
// than by reading the actor's m incidents first and sorting them
// (actorRead). The walk passes about limit·n/m of the n incidents before
// it has a page; reading costs m: walking wins when m² > limit·n. Keys are
// counted only up to that bound, so the count stays small.
func (s *Store) actorsMany(ctx context.Context, terms []string, limit int) (bool, error) {
	bound := actorsCommon
	if bound < 0 {
		var n sql.NullInt64 // the last seq: about the number of incidents
		if err := s.r.QueryRowContext(ctx, "SELECT max(seq) FROM incidents").Scan(&n); err != nil {
			return false, fmt.Errorf("actor: %w", err)
		}
		bound = int(math.Sqrt(float64(limit) * float64(n.Int64)))
	}
	cond, args := actorTerms(terms)
	var m int
	err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM incident_actors a WHERE "+cond+" LIMIT ?)",
		append(args, bound+1)...).Scan(&m)
	if err != nil {
		return false, fmt.Errorf("actor: %w", err)
	}
	return m > bound, nil
}

// writeActorKeys files incident seq under the keys of names.
func (m *merger) writeActorKeys(seq int64, names ...string) error {
	for _, k := range actorkey.Keys(names...) {
		if err := m.exec(qInsActorKey, k, seq); err != nil {
			return fmt.Errorf("merge: actors of incident %d: %w", seq, err)
		}
	}
	return nil
}

// backfillIncidentActors fills incident_actors for a store from before
// migration 0016.
func backfillIncidentActors(ctx context.Context, tx *sql.Tx) error {
	ins, err := tx.PrepareContext(ctx, qInsActorKey)
	if err != nil {
		return err
	}
	defer ins.Close()
	rows, err := tx.QueryContext(ctx, `SELECT i.seq, i.actor1, i.actor2 FROM incidents i
		UNION ALL SELECT i.seq, e.actor1, e.actor2 FROM events e JOIN incidents i ON i.id = e.incident`)
	if err != nil {
		return err
	}
	type pair struct {
		seq    int64
		a1, a2 string
	}
	var all []pair
	for rows.Next() {
		var p pair
		var a1, a2 sql.NullString
		if err := rows.Scan(&p.seq, &a1, &a2); err != nil {
			rows.Close()
			return err
		}
		p.a1, p.a2 = a1.String, a2.String
		all = append(all, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, p := range all {
		for _, k := range actorkey.Keys(p.a1, p.a2) {
			if _, err := ins.ExecContext(ctx, k, p.seq); err != nil {
				return err
			}
		}
	}
	return nil
}

// actorPlan is how a query finds the incidents of an actor.
type actorPlan int

const (
	actorAny   actorPlan = iota // no plan: the query reads every match (aggregates), SQLite chooses
	actorRead                   // a rare actor: its incidents are read by seq first, then sorted
	actorProbe                  // a common actor: incidents are walked in order and each probed
)

// actorPlan chooses how a page of f.Limit events of f's actor in order is
// found: probing incident by incident when the actor has many incidents
// (the page is found among the first incidents walked), reading its
// incidents first when they are few (walking might pass most of the store
// before finding a page).
func (s *Store) actorPlan(ctx context.Context, f sitrep.EventFilter) (actorPlan, error) {
	if strings.TrimSpace(f.Actor) == "" || f.Limit <= 0 {
		return actorAny, nil
	}
	terms := actorkey.Terms(f.Actor)
	if len(terms) == 0 {
		return actorAny, nil
	}
	many, err := s.actorsMany(ctx, terms, f.Limit)
	if many {
		return actorProbe, err
	}
	return actorRead, err
}
