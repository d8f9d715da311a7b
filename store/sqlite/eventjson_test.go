package sqlite

import (
	"bytes"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/sitrep/sitrep"
)

// spice replaces every string and float v holds or reaches with one of
// the shapes JSON writes in a way of its own: escapes by name and by
// number, HTML characters, bytes that are not UTF-8, the line and
// paragraph separators, and floats at the edges of the exponent form.
func spice(r *rand.Rand, v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		strs := []string{"", "Mosul", "Ḩalab «x»", "a <b> & \"c\"", "tab\there\r\n", "\b\f\x00\x01\x1f\x7f",
			"back\\slash", "\u2028 and \u2029", "\xff", "ok\xc3", "\xe2\x80", "é\u00a0\ufeff", "💥 Gaza", "</script>",
			"2024-03-02", "event"}
		v.SetString(strs[r.IntN(len(strs))] + strs[r.IntN(len(strs))])
	case reflect.Float64:
		floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 33.3128, -0.000001, 0.000001, 0.0000009999, 1e-7,
			1.5e-10, 123456789012345678901.0, 1e20, 1e21, 1e22, -2.5e-300, math.MaxFloat64, math.SmallestNonzeroFloat64,
			36.34, 1.0 / 3}
		v.SetFloat(floats[r.IntN(len(floats))])
	case reflect.Pointer:
		if !v.IsNil() {
			spice(r, v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			spice(r, v.Index(i))
		}
	case reflect.Map:
		keys := v.MapKeys()
		for _, k := range keys {
			x := reflect.New(v.Type().Elem()).Elem()
			x.Set(v.MapIndex(k))
			spice(r, x)
			v.SetMapIndex(k, reflect.Value{})
			nk := reflect.New(v.Type().Key()).Elem()
			nk.Set(k)
			spice(r, nk)
			v.SetMapIndex(nk, x)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				spice(r, v.Field(i))
			}
		}
	}
}

// appendEvent writes what encoding/json writes, byte for byte, for events
// of every shape (every field, including fields added later, set at
// random: nil, empty and full, strings with every kind of escape, floats
// at the edges of the exponent form), and refuses what encoding/json
// cannot encode.
func TestAppendEventIsEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 3))
	for i := range 20000 {
		var ev sitrep.Event
		fill(r, reflect.ValueOf(&ev).Elem(), i%2 == 1, 0)
		if i%3 != 0 {
			spice(r, reflect.ValueOf(&ev).Elem())
		}
		want, err := encodeEventJSON(&ev)
		if err != nil {
			t.Fatalf("event %d: %v", i, err)
		}
		got, ok := appendEvent(nil, &ev)
		if !ok {
			t.Fatalf("event %d: refused, encoding/json wrote\n%s", i, want)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("event %d:\ngot  %s\nwant %s", i, got, want)
		}
		if enc, err := encodeEvent(&ev); err != nil || !bytes.Equal(enc, want) {
			t.Fatalf("event %d: encodeEvent = %s, %v", i, enc, err)
		}
	}
}

// A number JSON cannot hold makes appendEvent refuse the event, and
// encodeEvent fail as encoding/json does.
func TestAppendEventRefusesWhatJSONCannotHold(t *testing.T) {
	inf, nan, one := math.Inf(1), math.NaN(), 1.0
	for _, ev := range []sitrep.Event{
		{Confidence: nan},
		{Confidence: math.Inf(-1)},
		{Location: &sitrep.Location{Lat: &inf}},
		{Location: &sitrep.Location{Lat: &one, Lon: &nan}},
	} {
		if _, ok := appendEvent(nil, &ev); ok {
			t.Errorf("%+v: appendEvent wrote it", ev)
		}
		if _, err := encodeEvent(&ev); err == nil {
			t.Errorf("%+v: encodeEvent did not fail", ev)
		}
	}
}

// BenchmarkEncodeEvent encodes an event of every part, as ingest encodes
// each record it stores (appendEvent), and as encoding/json did.
func BenchmarkEncodeEvent(b *testing.B) {
	ev := fullEvent("bench-doc")
	for _, c := range []struct {
		name string
		enc  func(*sitrep.Event) ([]byte, error)
	}{{"append", encodeEvent}, {"encoding-json", encodeEventJSON}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if _, err := c.enc(&ev); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
