package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/ingest"
	"github.com/sitrep/sitrep/pipeline"
	"github.com/sitrep/sitrep/store/postgres"
	"github.com/sitrep/sitrep/store/sqlite"
)

// Work distribution on NATS JetStream. 'sitrep ingest --nats' publishes
// each document read to the subject sitrep.docs of the stream SITREP, with
// its content hash as the message id: the server drops a document
// published again within the duplicate window (a day), and a worker skips
// a document the store holds already whatever the window. 'sitrep worker'
// pulls documents through the durable consumer "workers" (each document
// goes to one worker), processes a batch, commits it to the store and only
// then acknowledges its messages: a worker that dies before its commit
// leaves its messages to be delivered again (after AckWait) to another
// worker, and one that dies after the commit but before the acks has them
// delivered again and skipped as stored. A document that cannot be
// decoded or stored, or that was delivered maxDeliver times, is published
// to sitrep.dead (stream SITREP_DEAD) with the reason in a header, and
// terminated.
const (
	subjectDead    = "sitrep.dead" // for messages: the dead letters of the default queue
	consumerName   = "workers"
	headerReason   = "Sitrep-Reason"
	headerOrigin   = "Sitrep-Origin"
	maxDeliver     = 5
	ackWait        = 2 * time.Minute
	duplicateSpan  = 24 * time.Hour
	workerBatch    = 64
	workerMaxWait  = time.Second
	maxAckPending  = 4096
	natsConnectFor = 10 * time.Second
)

// queue names a work queue's streams and subjects: NAME.docs in stream
// NAME (upper case), NAME.dead in NAME_DEAD. The default NAME is sitrep;
// --queue gives another, so that several datasets (or tests) share a
// server.
type queue struct{ streamDocs, subjectDocs, streamDead, subjectDead string }

func queueNamed(name string) queue {
	up := strings.ToUpper(name)
	return queue{streamDocs: up, subjectDocs: name + ".docs", streamDead: up + "_DEAD", subjectDead: name + ".dead"}
}

// queueFlag adds --queue to fs.
// parseQueueArgs parses the flags of a command that reads a queue, whose
// --nats URL is required, and returns the queue named.
func parseQueueArgs(fs *flag.FlagSet, args []string, natsURL *string, qf func() (queue, error)) (queue, error) {
	if _, err := parseFlags(fs, args); err != nil {
		return queue{}, err
	}
	if *natsURL == "" {
		return queue{}, usageError{"--nats URL is required"}
	}
	return qf()
}

func queueFlag(fs *flag.FlagSet) func() (queue, error) {
	name := fs.String("queue", "sitrep", "work queue `NAME`: subjects NAME.docs and NAME.dead")
	return func() (queue, error) {
		for _, r := range *name {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
				return queue{}, usageError{"--queue " + *name + ": use lower-case letters, digits, _ and -"}
			}
		}
		if *name == "" {
			return queue{}, usageError{"--queue: empty name"}
		}
		return queueNamed(*name), nil
	}
}

// wireDoc is a document as published: Document with its raw text, which
// Document's JSON leaves out.
type wireDoc struct {
	sitrep.Document
	Raw string `json:"raw"`
}

// connectQueue connects to the NATS server at url and makes sure the
// streams and the workers' consumer exist.
func connectQueue(ctx context.Context, q queue, url, name string) (*nats.Conn, jetstream.JetStream, error) {
	return connectQueueWait(ctx, q, url, name, ackWait)
}

// connectQueueWait is connectQueue with the time a delivered document
// waits for its acknowledgement before it is delivered again.
func connectQueueWait(ctx context.Context, q queue, url, name string, wait time.Duration) (*nats.Conn, jetstream.JetStream, error) {
	nc, err := nats.Connect(url, nats.Name(name), nats.Timeout(natsConnectFor),
		nats.MaxReconnects(-1), nats.ReconnectWait(250*time.Millisecond))
	if err != nil {
		return nil, nil, fmt.Errorf("connect to NATS at %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("NATS at %s: %w", url, err)
	}
	for _, cfg := range []jetstream.StreamConfig{
		{Name: q.streamDocs, Subjects: []string{q.subjectDocs}, Storage: jetstream.FileStorage,
			Retention: jetstream.WorkQueuePolicy, Duplicates: duplicateSpan},
		{Name: q.streamDead, Subjects: []string{q.subjectDead}, Storage: jetstream.FileStorage},
	} {
		if _, err := js.CreateOrUpdateStream(ctx, cfg); err != nil {
			nc.Close()
			return nil, nil, fmt.Errorf("NATS at %s: stream %s: %w", url, cfg.Name, err)
		}
	}
	if _, err := js.CreateOrUpdateConsumer(ctx, q.streamDocs, jetstream.ConsumerConfig{
		Durable: consumerName, AckPolicy: jetstream.AckExplicitPolicy, AckWait: wait,
		MaxDeliver: maxDeliver, FilterSubject: q.subjectDocs, MaxAckPending: maxAckPending,
	}); err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("NATS at %s: consumer %s: %w", url, consumerName, err)
	}
	return nc, js, nil
}

// publishSummary counts what 'ingest --nats' did.
type publishSummary struct{ published, duplicate, failed int }

// publishPaths reads paths and publishes every document; an input that
// cannot be read goes to the dead-letter subject with its reason.
func publishPaths(ctx context.Context, e *env, q queue, url string, paths []string, opt ingest.Options) (*publishSummary, error) {
	nc, js, err := connectQueue(ctx, q, url, "sitrep ingest")
	if err != nil {
		return nil, err
	}
	defer nc.Close()
	sum := &publishSummary{}
	var futures []jetstream.PubAckFuture
	settle := func() error {
		select {
		case <-js.PublishAsyncComplete():
		case <-ctx.Done():
			return ctx.Err()
		}
		for _, f := range futures {
			select {
			case ack := <-f.Ok():
				if ack.Duplicate {
					sum.duplicate++
				} else {
					sum.published++
				}
			case err := <-f.Err():
				return fmt.Errorf("publish %s: %w", f.Msg().Header.Get(headerOrigin), err)
			}
		}
		futures = futures[:0]
		return nil
	}
	err = ingest.Walk(ctx, paths, opt, func(doc *sitrep.Document, rerr error) error {
		if rerr != nil {
			if errors.Is(rerr, ingest.ErrSkipped) {
				reportReadError(e, "ingest", rerr)
				return nil
			}
			sum.failed++
			reportReadError(e, "ingest", rerr)
			return deadLetter(ctx, js, q, failureOrigin(rerr), nil, rerr.Error())
		}
		body, err := json.Marshal(wireDoc{Document: *doc, Raw: doc.Raw})
		if err != nil {
			return fmt.Errorf("encode %s: %w", doc.Origin, err)
		}
		m := nats.NewMsg(q.subjectDocs)
		m.Data = body
		m.Header.Set(headerOrigin, doc.Origin)
		f, err := js.PublishMsgAsync(m, jetstream.WithMsgID(doc.Hash))
		if err != nil {
			return fmt.Errorf("publish %s: %w", doc.Origin, err)
		}
		futures = append(futures, f)
		if len(futures) >= 1000 {
			return settle()
		}
		return nil
	})
	if serr := settle(); err == nil {
		err = serr
	}
	return sum, err
}

// deadLetter publishes a failed input to the dead-letter subject with the
// reason.
func deadLetter(ctx context.Context, js jetstream.JetStream, q queue, origin string, data []byte, reason string) error {
	m := nats.NewMsg(q.subjectDead)
	m.Data = data
	m.Header.Set(headerReason, reason)
	m.Header.Set(headerOrigin, origin)
	if _, err := js.PublishMsg(ctx, m); err != nil {
		return fmt.Errorf("dead-letter %s: %w", origin, err)
	}
	return nil
}

func init() {
	register(&command{
		name:    "worker",
		summary: "process documents from NATS JetStream into a store (run several)",
		usage: `usage: sitrep worker --nats URL [--db postgres://...] [-j N] [--once]

Takes documents that 'sitrep ingest --nats URL' published, cleans them,
extracts their events and figures and stores them, a batch (up to 64
documents, or --batch N) to a transaction, acknowledging each document only once its
batch is committed. Run as many workers as there are cores to spare, on as
many machines as needed, all with the same --nats and --db (a PostgreSQL
database: several workers cannot share a SQLite file over the network,
though on one machine they may). A worker stopped at any moment, even with
SIGKILL, loses nothing: what it had not committed is delivered again to a
worker. A document that cannot be stored, or fails five deliveries, goes
to the dead-letter subject sitrep.dead with the reason; 'sitrep status'
counts and lists them.

--once stops when no document is waiting or in flight (for scripts and
tests); --ack-wait sets how long a delivered document waits for its
acknowledgement before it goes to another worker (default 2m);
otherwise the worker runs until interrupted (SIGINT/SIGTERM finish the
batch at hand).

Examples:
  sitrep worker --nats nats://queue:4222 --db postgres://sitrep@db/sitrep
  sitrep worker --nats nats://127.0.0.1:4222 --db postgres://postgres@127.0.0.1/sitrep -j 1 --once`,
		run: runWorker,
	})
	register(&command{
		name:    "status",
		summary: "the work queue on NATS: backlog, in flight, failed, throughput",
		usage: `usage: sitrep status --nats URL [--queue NAME] [--failed N] [--every SECONDS]
       sitrep status --nats URL [--queue NAME] --delete

Prints the documents waiting for a worker (backlog), delivered and not yet
acknowledged (in flight), delivered more than once (redelivered), in the
dead-letter subject (failed, with the last --failed N reasons, default 5),
the workers waiting for work, and the throughput: documents acknowledged
per second over --every seconds (default 2). --delete removes the queue's
streams, with what waits in them.

Example:
  sitrep status --nats nats://127.0.0.1:4222`,
		run: runStatus,
	})
}

func runWorker(ctx context.Context, e *env, args []string) error {
	c := lookup("worker")
	fs := newFlags(c, e)
	natsURL := fs.String("nats", "", "NATS server `URL` (required)")
	once := fs.Bool("once", false, "stop when no document is waiting or in flight")
	wait := fs.Duration("ack-wait", ackWait, "redeliver a document not acknowledged after `DURATION` (a setting of the queue: the last worker started sets it)")
	workers := fs.Int("j", 0, "documents processed at once (default: one per CPU)")
	size := fs.Int("batch", workerBatch, "documents stored a transaction, at most")
	uf := userFileFlags(fs)
	db := dbFlag(fs, e)
	qf := queueFlag(fs)
	q, err := parseQueueArgs(fs, args, natsURL, qf)
	if err != nil {
		return err
	}
	if *size < 1 {
		return usageError{"--batch must be at least 1"}
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, err := openStore(ctx, db())
	if err != nil {
		return err
	}
	defer st.Close()
	nc, js, err := connectQueueWait(ctx, q, *natsURL, "sitrep worker", *wait)
	if err != nil {
		return err
	}
	defer nc.Close()
	cons, err := js.Consumer(ctx, q.streamDocs, consumerName)
	if err != nil {
		return fmt.Errorf("NATS at %s: consumer %s: %w", *natsURL, consumerName, err)
	}
	engine, err := ingestEngine(ctx, st, uf)
	if err != nil {
		return err
	}
	hash, described, err := rulesOf(ctx, st, uf)
	if err != nil {
		return err
	}
	w := &worker{e: e, st: st, js: js, q: q, engine: engine, workers: *workers, rules: hash, rulesDescribed: described}
	name := db()
	if postgres.IsURL(name) {
		name = postgres.Redact(name)
	}
	fmt.Fprintf(e.stderr, "sitrep worker: taking documents from %s into %s\n", *natsURL, name)
	for ctx.Err() == nil {
		batch, err := cons.Fetch(*size, jetstream.FetchMaxWait(workerMaxWait))
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			fmt.Fprintf(e.stderr, "sitrep worker: fetch: %v\n", err)
			time.Sleep(time.Second)
			continue
		}
		var msgs []jetstream.Msg
		for m := range batch.Messages() {
			msgs = append(msgs, m)
		}
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && ctx.Err() == nil {
			fmt.Fprintf(e.stderr, "sitrep worker: fetch: %v\n", err)
		}
		if len(msgs) == 0 {
			if *once {
				// done when nothing waits and nothing is in another
				// worker's hands (a dead worker's come back after
				// --ack-wait)
				info, err := cons.Info(ctx)
				if err == nil && info.NumPending == 0 && info.NumAckPending == 0 {
					break
				}
			}
			continue
		}
		// The batch is finished even when interrupted: its documents are
		// committed and acknowledged, or left to be delivered again.
		if err := w.process(context.WithoutCancel(ctx), msgs); err != nil {
			fmt.Fprintf(e.stderr, "sitrep worker: %v (the batch will be delivered again)\n", err)
			for _, m := range msgs {
				m.NakWithDelay(2 * time.Second)
			}
			time.Sleep(time.Second)
		}
	}
	traffic := ""
	if postgres.IsURL(db()) {
		stmts, trips := postgres.Traffic()
		per := func(n int64) float64 { return float64(n) / float64(max(w.added, 1)) }
		retries, whole := sqlite.KeyRetries()
		again, alone := sqlite.MergeRetries()
		traffic = fmt.Sprintf("; %d statements to PostgreSQL in %d round trips (%.1f and %.1f a document stored); %d writes done again, %d of them with the whole turn; %d merges done again for another's lock, %d of them alone",
			stmts, trips, per(stmts), per(trips), retries, whole, again, alone)
	}
	fmt.Fprintf(e.stderr, "sitrep worker: %d stored, %d already stored, %d failed; %.1f s extracting, %.1f s storing%s\n",
		w.added, w.known, w.failed, w.extracting.Seconds(), w.storing.Seconds(), traffic)
	return nil
}

// worker is the state of 'sitrep worker'.
type worker struct {
	e                     *env
	st                    *sqlite.Store
	js                    jetstream.JetStream
	q                     queue
	engine                *pipeline.Engine
	workers               int
	rules, rulesDescribed string
	added, known, failed  int
	extracting, storing   time.Duration // spent reading documents, and writing them (with the wait for the writers' turn)
}

// process handles one batch of messages: decodes, extracts, stores in one
// transaction, then acknowledges. An error means nothing of the batch was
// acknowledged.
func (w *worker) process(ctx context.Context, msgs []jetstream.Msg) error {
	type item struct {
		msg    jetstream.Msg
		doc    *sitrep.Document
		reason string // why it goes to the dead letters
	}
	items := make([]item, len(msgs))
	for i, m := range msgs {
		items[i].msg = m
		origin := m.Headers().Get(headerOrigin)
		if md, err := m.Metadata(); err == nil && md.NumDelivered >= maxDeliver {
			items[i].reason = "delivered " + strconv.FormatUint(md.NumDelivered, 10) + " times without being stored"
			continue
		}
		var wd wireDoc
		if err := json.Unmarshal(m.Data(), &wd); err != nil {
			items[i].reason = fmt.Sprintf("%s: not a document: %v", origin, err)
			continue
		}
		doc := wd.Document
		doc.Raw = wd.Raw
		items[i].doc = &doc
	}
	var results []pipeline.Result
	t0 := time.Now()
	err := w.engine.Run(ctx, w.workers, func(emit func(pipeline.Input) error) error {
		for _, it := range items {
			if it.doc != nil {
				if err := emit(pipeline.Input{Doc: it.doc}); err != nil {
					return err
				}
			}
		}
		return nil
	}, func(r pipeline.Result) error {
		results = append(results, r)
		return nil
	})
	if err != nil {
		return err
	}
	entries := make([]sqlite.Entry, 0, len(results))
	at := make([]int, len(results))
	for i, r := range results {
		at[i] = -1
		if r.Known == "" && r.Err == nil {
			at[i] = len(entries)
			packed, _ := r.Prepared.(*sqlite.Packed)
			entries = append(entries, sqlite.Entry{Doc: r.Doc, Events: r.Events, Figures: r.Figures, Controls: r.Controls, Sketch: r.Sketch, Packed: packed})
		}
	}
	t1 := time.Now()
	w.extracting += t1.Sub(t0)
	res, err := w.st.AddDocuments(ctx, entries)
	w.storing += time.Since(t1)
	if err != nil {
		return fmt.Errorf("store %d documents: %w", len(entries), err)
	}
	now := time.Now().UTC().Format(time.RFC3339)
	var fresh []string
	ri := 0
	for i := range items {
		if items[i].doc == nil {
			continue
		}
		r := results[ri]
		if at[ri] >= 0 {
			if x := res[at[ri]]; x.Err != nil {
				items[i].reason = fmt.Sprintf("%s: not stored: %v", r.Doc.Origin, x.Err)
				if err := w.st.AddFailure(ctx, sitrep.Failure{Origin: r.Doc.Origin, Reason: "not stored: " + x.Err.Error(), Hash: r.Doc.Hash, At: now}); err != nil {
					return err
				}
			} else if x.Added {
				w.added++
				fresh = append(fresh, x.ID)
			} else {
				w.known++
			}
		} else {
			w.known++
			if r.Known != "" {
				// stored by a worker that died before recording the rules
				// (recording them again changes nothing)
				fresh = append(fresh, r.Known)
			}
		}
		ri++
	}
	if len(fresh) > 0 {
		if err := w.st.RecordRules(ctx, fresh, w.rules, w.rulesDescribed, false); err != nil {
			return err
		}
	}
	for _, it := range items {
		if it.reason != "" {
			w.failed++
			fmt.Fprintf(w.e.stderr, "sitrep worker: %s\n", it.reason)
			if err := deadLetter(ctx, w.js, w.q, it.msg.Headers().Get(headerOrigin), it.msg.Data(), it.reason); err != nil {
				return err
			}
			it.msg.Term()
			continue
		}
		it.msg.Ack()
	}
	return nil
}

func runStatus(ctx context.Context, e *env, args []string) error {
	c := lookup("status")
	fs := newFlags(c, e)
	natsURL := fs.String("nats", "", "NATS server `URL` (required)")
	failed := fs.Int("failed", 5, "list the reasons of the last `N` failed documents")
	every := fs.Float64("every", 2, "measure throughput over `SECONDS`")
	del := fs.Bool("delete", false, "delete the queue: its streams, waiting documents and dead letters")
	qf := queueFlag(fs)
	q, err := parseQueueArgs(fs, args, natsURL, qf)
	if err != nil {
		return err
	}
	nc, js, err := connectQueue(ctx, q, *natsURL, "sitrep status")
	if err != nil {
		return err
	}
	defer nc.Close()
	if *del {
		for _, name := range []string{q.streamDocs, q.streamDead} {
			if err := js.DeleteStream(ctx, name); err != nil {
				return fmt.Errorf("delete stream %s: %w", name, err)
			}
		}
		fmt.Fprintf(e.stdout, "deleted %s and %s\n", q.streamDocs, q.streamDead)
		return nil
	}
	cons, err := js.Consumer(ctx, q.streamDocs, consumerName)
	if err != nil {
		return err
	}
	first, err := cons.Info(ctx)
	if err != nil {
		return err
	}
	t0 := time.Now()
	if *every > 0 {
		select {
		case <-time.After(time.Duration(*every * float64(time.Second))):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	info, err := cons.Info(ctx)
	if err != nil {
		return err
	}
	dead, err := js.Stream(ctx, q.streamDead)
	if err != nil {
		return err
	}
	di, err := dead.Info(ctx)
	if err != nil {
		return err
	}
	rate := 0.0
	if dt := time.Since(t0).Seconds(); dt > 0 && *every > 0 {
		rate = float64(info.AckFloor.Consumer-first.AckFloor.Consumer) / dt
	}
	fmt.Fprintf(e.stdout, "backlog      %d\n", info.NumPending)
	fmt.Fprintf(e.stdout, "in flight    %d\n", info.NumAckPending)
	fmt.Fprintf(e.stdout, "redelivered  %d\n", info.NumRedelivered)
	fmt.Fprintf(e.stdout, "failed       %d\n", di.State.Msgs)
	fmt.Fprintf(e.stdout, "done         %d\n", info.AckFloor.Consumer)
	fmt.Fprintf(e.stdout, "waiting      %d worker requests\n", info.NumWaiting)
	fmt.Fprintf(e.stdout, "throughput   %.1f documents/s (over %.1f s)\n", rate, time.Since(t0).Seconds())
	if *failed > 0 && di.State.Msgs > 0 {
		from := uint64(1)
		if di.State.LastSeq > uint64(*failed) {
			from = di.State.LastSeq - uint64(*failed) + 1
		}
		from = max(from, di.State.FirstSeq)
		for seq := from; seq <= di.State.LastSeq; seq++ {
			m, err := dead.GetMsg(ctx, seq)
			if err != nil {
				continue
			}
			fmt.Fprintf(e.stdout, "failed #%d  %s  %s  %s\n", seq, m.Time.UTC().Format(time.RFC3339), m.Header.Get(headerOrigin), m.Header.Get(headerReason))
		}
	}
	return nil
}
