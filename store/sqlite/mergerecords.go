package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"
	"sync/atomic"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/merge"
)

// Merge records: what merging weighs of a stored record, kept compact
// beside its block keys (merge_records, one row a record, written when
// the record is filed).
//
// A merge compares each new record with every record filed near it in
// place and time, and most of those it only weighs. Reading such a
// candidate from events meant its wide row (the whole record as JSON,
// 1.7 KB on average) joined to its document's row (the report's texts,
// a page of its own), then decoding the JSON: in a store of 10,000
// generated reports, a page read or two a candidate, spread over the
// file. A merge record holds only the fields merge.Record.Prepare reads
// (those of mergeEventJSON: the date, the types, the actors, the place,
// the tolls, the evidence texts and the date's evidence text), the
// record's id, its document, the document's publication day and copy
// group, in a binary form read without JSON: a few hundred bytes, in a
// table ordered by record. The record made from it is the one decoding
// the stored row with decodeMergeEvent makes, so merging decides the
// same; a merge that writes the record's incident reads it whole first
// (merger.whole), as it does a record decoded lazily.
//
// The row is written once, when the record is first filed; a record's
// text and its document's publication day and copy group do not change
// while its seq lives (a report read again gets new records), and the row
// goes with the record (ON DELETE CASCADE). A record without one, or
// with one of another layout (mergeRecordVersion), is read from events as
// before; migration 0021 fills the rows of the records stored before it.

// mergeRecordVersion is the first byte of a merge record: the layout
// below. A record of another version is read from events instead.
const mergeRecordVersion = 1

// appendMergeRecord appends the merge record of r to b.
//
// Layout: the version; the strings id, document, published, copy group,
// date, date precision, event type, sub-event type, actor 1, actor 2
// (each a uvarint length and its bytes); the location (a byte of flags:
// 1 present, 2 latitude, 4 longitude; then name, admin1, country, within,
// the precision as a varint, and the coordinates given, as float64 bits);
// killed and wounded (a byte of flags, 1 low, 2 best, 4 high, then each
// given as a varint); the date's evidence (a byte, 1 when given, then its
// text); the number of evidence spans and each one's text.
func appendMergeRecord(b []byte, r *merge.Record) []byte {
	e := r.Event
	b = append(b, mergeRecordVersion)
	for _, s := range []string{r.Key, r.Doc, string(r.Published), r.Source, string(e.Date), e.DatePrecision,
		e.EventType, e.SubEventType, e.Actor1, e.Actor2} {
		b = appendString(b, s)
	}
	if l := e.Location; l == nil {
		b = append(b, 0)
	} else {
		flags := byte(1)
		if l.Lat != nil {
			flags |= 2
		}
		if l.Lon != nil {
			flags |= 4
		}
		b = append(b, flags)
		for _, s := range []string{l.Name, l.Admin1, l.Country, l.Within} {
			b = appendString(b, s)
		}
		b = binary.AppendVarint(b, int64(l.Precision))
		if l.Lat != nil {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(*l.Lat))
		}
		if l.Lon != nil {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(*l.Lon))
		}
	}
	b = appendCount(b, e.Killed)
	b = appendCount(b, e.Wounded)
	if ev, ok := e.FieldEvidence["date"]; ok {
		b = append(b, 1)
		b = appendString(b, ev.Text)
	} else {
		b = append(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(e.Evidence)))
	for _, ev := range e.Evidence {
		b = appendString(b, ev.Text)
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendCount(b []byte, c sitrep.Count) []byte {
	var flags byte
	for i, p := range []*int{c.Low, c.Best, c.High} {
		if p != nil {
			flags |= 1 << i
		}
	}
	b = append(b, flags)
	for _, p := range []*int{c.Low, c.Best, c.High} {
		if p != nil {
			b = binary.AppendVarint(b, int64(*p))
		}
	}
	return b
}

// errMergeRecordVersion is a merge record of a layout this sitrep does
// not read.
var errMergeRecordVersion = errors.New("merge record of another version")

// mergeReader reads a merge record's fields in order; the first fault
// sticks.
type mergeReader struct {
	b   []byte
	err error
}

func (d *mergeReader) fail() {
	if d.err == nil {
		d.err = errors.New("merge record cut short")
	}
	d.b = nil
}

func (d *mergeReader) byte() byte {
	if len(d.b) < 1 {
		d.fail()
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *mergeReader) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *mergeReader) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *mergeReader) string() string {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *mergeReader) float() *float64 {
	if len(d.b) < 8 {
		d.fail()
		return nil
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.b))
	d.b = d.b[8:]
	return &v
}

func (d *mergeReader) count() sitrep.Count {
	flags := d.byte()
	var ps [3]*int
	for i := range ps {
		if flags&(1<<i) != 0 {
			v := int(d.varint())
			ps[i] = &v
		}
	}
	return sitrep.Count{Low: ps[0], Best: ps[1], High: ps[2]}
}

// decodeMergeRecord makes the merge record a row of merge_records holds:
// the record decodeMergeEvent makes of the stored event, with the
// document it names.
func decodeMergeRecord(b []byte) (*merge.Record, error) { return decodeMergeRecordWith(b, nil) }

// decodeMergeRecordWith is decodeMergeRecord that takes a record whose
// row past the id and document (publication day, copy group and event)
// is one it has decoded lately from bodies, as a copy of that one
// (merge.Record.Copy) instead of decoding and preparing it again; bodies
// nil decodes every row.
func decodeMergeRecordWith(b []byte, bodies *copyBodies) (*merge.Record, error) {
	d := &mergeReader{b: b}
	if v := d.byte(); d.err == nil && v != mergeRecordVersion {
		return nil, fmt.Errorf("%w (%d)", errMergeRecordVersion, v)
	}
	var s [10]string
	s[0], s[1] = d.string(), d.string()
	body := d.b
	if bodies != nil && d.err == nil {
		if t, ok := bodies.get(body); ok {
			src := t.group
			if src == "" {
				src = s[1]
			}
			return t.rec.Copy(s[0], s[1], src), nil
		}
	}
	for i := 2; i < len(s); i++ {
		s[i] = d.string()
	}
	e := sitrep.Event{Date: sitrep.Date(s[4]), DatePrecision: s[5], EventType: s[6], SubEventType: s[7], Actor1: s[8], Actor2: s[9]}
	if flags := d.byte(); flags&1 != 0 {
		l := &sitrep.Location{Name: d.string(), Admin1: d.string(), Country: d.string(), Within: d.string()}
		l.Precision = int(d.varint())
		if flags&2 != 0 {
			l.Lat = d.float()
		}
		if flags&4 != 0 {
			l.Lon = d.float()
		}
		e.Location = l
	}
	e.Killed = d.count()
	e.Wounded = d.count()
	if d.byte() == 1 {
		e.FieldEvidence = map[string]sitrep.Evidence{"date": {Text: d.string()}}
	}
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
	}
	if d.err == nil && n > 0 {
		e.Evidence = make([]sitrep.Evidence, n)
		for i := range e.Evidence {
			e.Evidence[i].Text = d.string()
		}
	}
	if d.err == nil && len(d.b) > 0 {
		d.err = errors.New("merge record too long")
	}
	if d.err != nil {
		return nil, d.err
	}
	doc := &sitrep.Document{ID: s[1], Published: sitrep.Date(s[2]), DuplicateOf: s[3]}
	r := merge.NewRecord(s[0], doc, &e)
	if bodies != nil {
		// (a copy of its own: the record handed out may be read whole,
		// its event replaced, or given its confidence)
		bodies.put(body, copyBody{r.Copy(r.Key, r.Doc, r.Source), s[3]})
	}
	return r, nil
}

// copyBodies holds the records decoded lately from merge records, by the
// bytes of the row past the record's id and document: the copies of a
// story (wire copies, the rounds of 'sitrep generate') have rows that
// differ in those two only, and a merge in a large store reads hundreds
// of them, each once. A record made from one (merge.Record.Copy) is the
// record decoding its row makes, with the event's contents shared: in
// 10,000 generated reports merged into a store of 90,000, the records
// decoded from merge_records were about a quarter of the live heap. Past
// copyBodiesSize rows it starts again empty. Safe for concurrent use.
type copyBodies struct {
	mu sync.Mutex
	m  map[string]copyBody
}

// copyBody is a record decoded from a merge record (kept apart from the
// records handed out), with the row's copy group as written.
type copyBody struct {
	rec   *merge.Record
	group string
}

// copyBodiesSize bounds copyBodies: a few megabytes (a merge record is
// about 500 bytes).
const copyBodiesSize = 1 << 12

func (c *copyBodies) get(body []byte) (copyBody, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	t, ok := c.m[string(body)]
	return t, ok
}

func (c *copyBodies) put(body []byte, t copyBody) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= copyBodiesSize {
		c.m = make(map[string]copyBody, 64)
	}
	c.m[string(body)] = t
}

// mergeRecordsRead counts the records merges read from merge_records (0)
// and from events (1), for tests.
var mergeRecordsRead [2]atomic.Int64

// insRecords writes merge records (merger.insert).
const insRecords = `INSERT INTO merge_records (event_seq, data)`

// qMergeRecordsIn reads merge records by seq, for each size of IN list
// inChunk makes.
var qMergeRecordsIn = func() map[int]string {
	a := map[int]string{}
	for _, n := range inSizes {
		a[n] = `SELECT event_seq, data FROM merge_records WHERE event_seq IN (` + marks(n) + `)`
	}
	return a
}()

// backfillMergeRecords writes the merge record of every stored record
// (migration merge_records.sql): the record decodeMergeEvent reads of its
// row, with its document's publication day and copy group.
func backfillMergeRecords(ctx context.Context, tx *sql.Tx) error {
	ins, err := tx.PrepareContext(ctx, `INSERT INTO merge_records (event_seq, data) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	// a chunk of records at a time, in order, so that memory stays flat
	const chunk = 2000
	var buf []byte
	for after := int64(-1); ; {
		rows, err := tx.QueryContext(ctx, `SELECT e.seq, e.id, e.doc, e.record, d.published, d.duplicate_of
			FROM events e JOIN documents d ON d.id = e.doc WHERE e.seq > ? ORDER BY e.seq LIMIT ?`, after, chunk)
		if err != nil {
			return err
		}
		type row struct {
			seq int64
			r   *merge.Record
		}
		var got []row
		for rows.Next() {
			var seq int64
			var id, docID, dupOf string
			var published sql.NullString
			var rec []byte
			if err := rows.Scan(&seq, &id, &docID, &rec, &published, &dupOf); err != nil {
				rows.Close()
				return err
			}
			ev, err := decodeMergeEvent(rec)
			if err != nil {
				rows.Close()
				return fmt.Errorf("record %s: %w", id, err)
			}
			doc := &sitrep.Document{ID: docID, Published: sitrep.Date(published.String), DuplicateOf: dupOf}
			got = append(got, row{seq, merge.NewRecord(id, doc, &ev)})
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, g := range got {
			buf = appendMergeRecord(buf[:0], g.r)
			if _, err := ins.ExecContext(ctx, g.seq, buf); err != nil {
				return err
			}
		}
		if len(got) < chunk {
			return nil
		}
		after = got[len(got)-1].seq
	}
}
