package postgres

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/sitrep/sitrep/store/sqlite"
)

// A write runs many small statements, each a round trip to the server,
// and a writer holds the database's one turn to write (postgres.go) while
// it waits for them. Those the store runs for their effect alone mark
// their context with sqlite.Later: the connection holds them, and sends
// them with the next statement it runs (or the commit) as one pipeline
// (a pgx.Batch), in the order they were run. What the next statement
// reads is what it would read had they run one by one; an error of a held
// statement comes back from the statement they were sent with, as a
// *sqlite.LaterError naming the entry it stored.

// held is a statement held for the next round trip.
type held struct {
	sql   string
	args  []any
	owner int // sqlite.LaterError.Owner
}

// heldResult is the result of a held statement: not known yet, and no
// caller of a held statement asks for it.
type heldResult struct{}

var errHeld = errors.New("the result of a held statement is not known")

func (heldResult) LastInsertId() (int64, error) { return 0, errHeld }
func (heldResult) RowsAffected() (int64, error) { return 0, errHeld }

// values turns database/sql's arguments into pgx's, as stdlib does.
func values(args []driver.NamedValue) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = a.Value
	}
	return out
}

// pipeExec runs an Exec through the pipeline: holds it when its context
// says it may wait (and it returns no seq), or sends it with what is held.
// ok is false when neither applies: the caller runs it as usual.
func (c *conn) pipeExec(ctx context.Context, t *translated, args []driver.NamedValue) (r driver.Result, ok bool, err error) {
	if owner, later := sqlite.LaterOwner(ctx); later && !t.returning && c.inTx {
		c.held = append(c.held, held{t.sql, values(args), owner})
		return heldResult{}, true, nil
	}
	if len(c.held) == 0 {
		return nil, false, nil
	}
	if t.returning {
		rows, err := c.sendQuery(ctx, t.sql, args)
		if err != nil {
			return nil, true, err
		}
		r, err := returned(rows)
		return r, true, err
	}
	br, err := c.sendHeld(ctx, &held{sql: t.sql, args: values(args)})
	if err != nil {
		return nil, true, err
	}
	tag, err := br.Exec()
	if cerr := br.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, true, err
	}
	return driver.RowsAffected(tag.RowsAffected()), true, nil
}

// sendQuery runs a query with what is held, in one round trip.
func (c *conn) sendQuery(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	br, err := c.sendHeld(ctx, &held{sql: query, args: values(args)})
	if err != nil {
		return nil, err
	}
	rows, err := br.Query()
	if err != nil {
		br.Close()
		return nil, err
	}
	return &batchRows{rows: rows, br: br, types: c.Conn.Conn().TypeMap()}, nil
}

// send sends what the connection holds, and waits for it.
func (c *conn) send(ctx context.Context) error {
	_, err := c.sendHeld(ctx, nil)
	return err
}

// sendHeld sends the held statements and then final, if any, in one
// round trip, and reads the results of the held ones: the result of
// final is the caller's to read, and the batch's to close. Without
// final, the batch is closed.
func (c *conn) sendHeld(ctx context.Context, final *held) (pgx.BatchResults, error) {
	hs := c.held
	c.held = nil
	b := &pgx.Batch{}
	for _, h := range hs {
		b.Queue(h.sql, h.args...)
	}
	if final != nil {
		b.Queue(final.sql, final.args...)
	}
	statements.Add(int64(b.Len()))
	roundTrips.Add(1)
	br := c.Conn.Conn().SendBatch(ctx, b)
	for _, h := range hs {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return nil, &sqlite.LaterError{Owner: h.owner, Err: fmt.Errorf("%s: %w", firstLine(h.sql), err)}
		}
	}
	if final == nil {
		return nil, br.Close()
	}
	return br, nil
}

// firstLine is the start of a statement, for messages.
func firstLine(q string) string {
	q = strings.TrimSpace(q)
	if i := strings.IndexByte(q, '\n'); i >= 0 {
		q = q[:i]
	}
	if len(q) > 80 {
		q = q[:80] + "…"
	}
	return q
}

// batchRows are the rows of a query sent in a pipeline, given to
// database/sql as stdlib gives a query's: each column's value as stdlib's
// Rows.Next converts it.
type batchRows struct {
	rows  pgx.Rows
	br    pgx.BatchResults
	types *pgtype.Map
	conv  []func([]byte) (driver.Value, error)
	names []string
}

func (r *batchRows) Columns() []string {
	if r.names == nil {
		fds := r.rows.FieldDescriptions()
		r.names = make([]string, len(fds))
		for i, fd := range fds {
			r.names[i] = fd.Name
		}
	}
	return r.names
}

func (r *batchRows) Close() error {
	r.rows.Close()
	err := r.rows.Err()
	if cerr := r.br.Close(); err == nil {
		err = cerr
	}
	return err
}

func (r *batchRows) Next(dest []driver.Value) error {
	if !r.rows.Next() {
		if err := r.rows.Err(); err != nil {
			return err
		}
		return io.EOF
	}
	if r.conv == nil {
		fds := r.rows.FieldDescriptions()
		r.conv = make([]func([]byte) (driver.Value, error), len(fds))
		for i, fd := range fds {
			r.conv[i] = converter(r.types, fd)
		}
	}
	for i, raw := range r.rows.RawValues() {
		if raw == nil {
			dest[i] = nil
			continue
		}
		v, err := r.conv[i](raw)
		if err != nil {
			return fmt.Errorf("convert field %d failed: %w", i, err)
		}
		dest[i] = v
	}
	return nil
}

// converter gives a column's values the Go types stdlib's Rows gives
// them (stdlib's initValueFuncs, for the types the store reads).
func converter(m *pgtype.Map, fd pgconn.FieldDescription) func([]byte) (driver.Value, error) {
	oid, format := fd.DataTypeOID, fd.Format
	scan := func(dst any) func([]byte) error {
		plan := m.PlanScan(oid, format, dst)
		return func(src []byte) error { return plan.Scan(src, dst) }
	}
	switch oid {
	case pgtype.BoolOID:
		var d bool
		s := scan(&d)
		return func(src []byte) (driver.Value, error) { err := s(src); return d, err }
	case pgtype.ByteaOID, pgtype.JSONOID, pgtype.JSONBOID, pgtype.XMLOID:
		return func(src []byte) (driver.Value, error) {
			var d []byte
			err := scan(&d)(src)
			return d, err
		}
	case pgtype.Float4OID:
		var d float32
		s := scan(&d)
		return func(src []byte) (driver.Value, error) { err := s(src); return float64(d), err }
	case pgtype.Float8OID:
		var d float64
		s := scan(&d)
		return func(src []byte) (driver.Value, error) { err := s(src); return d, err }
	case pgtype.Int2OID:
		var d int16
		s := scan(&d)
		return func(src []byte) (driver.Value, error) { err := s(src); return int64(d), err }
	case pgtype.Int4OID:
		var d int32
		s := scan(&d)
		return func(src []byte) (driver.Value, error) { err := s(src); return int64(d), err }
	case pgtype.Int8OID:
		var d int64
		s := scan(&d)
		return func(src []byte) (driver.Value, error) { err := s(src); return d, err }
	case pgtype.DateOID:
		var d pgtype.Date
		s := scan(&d)
		return func(src []byte) (driver.Value, error) {
			if err := s(src); err != nil {
				return nil, err
			}
			return d.Value()
		}
	case pgtype.TimestampOID:
		var d pgtype.Timestamp
		s := scan(&d)
		return func(src []byte) (driver.Value, error) {
			if err := s(src); err != nil {
				return nil, err
			}
			return d.Value()
		}
	case pgtype.TimestamptzOID:
		var d pgtype.Timestamptz
		s := scan(&d)
		return func(src []byte) (driver.Value, error) {
			if err := s(src); err != nil {
				return nil, err
			}
			return d.Value()
		}
	case pgtype.CIDOID, pgtype.OIDOID, pgtype.XIDOID:
		var d pgtype.Uint32
		s := scan(&d)
		return func(src []byte) (driver.Value, error) {
			if err := s(src); err != nil {
				return nil, err
			}
			return d.Value()
		}
	}
	var d string
	s := scan(&d)
	return func(src []byte) (driver.Value, error) { err := s(src); return d, err }
}
