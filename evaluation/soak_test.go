package evaluation_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"regexp"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/badfile"
	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/jixiao-go/jixiao/xlsx"
)

// soakDuration runs TestSoak for this long; zero, the default, skips it.
// CI runs it for 60 s:
//
//	go test -run Soak ./evaluation/ -args -soak.duration=60s
var soakDuration = flag.Duration("soak.duration", 0, "run TestSoak for this long (0 skips it)")

// soakMaxPerInput is how long one input may take, deadline or not, on a
// loaded machine with the race detector: the intake pipeline's bound.
const soakMaxPerInput = 10 * time.Second

// TestSoak runs the checker as a bureau's intake pipeline does, for
// -soak.duration: mutated uploads, good and hostile, checked by goroutines
// sharing one Checker. No input may panic or take longer than
// soakMaxPerInput; every error is typed; every report is the one a fresh
// Evaluate gives.
func TestSoak(t *testing.T) {
	if *soakDuration <= 0 {
		t.Skip("soak test off; run with -soak.duration=60s")
	}
	seeds := soakSeeds(t)
	checker := evaluation.NewChecker(evaluation.Options{Limits: fuzzLimits})
	fresh := evaluation.Options{Limits: fuzzLimits}
	deadline := time.Now().Add(*soakDuration)
	var inputs, reports, errs atomic.Int64
	var slowest atomic.Int64
	var wg sync.WaitGroup
	var failOnce sync.Once
	fail := func(format string, args ...any) { failOnce.Do(func() { t.Errorf(format, args...) }) }
	workers := max(2, runtime.GOMAXPROCS(0))
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), uint64(time.Now().UnixNano())))
			for time.Now().Before(deadline) {
				data, how := soakMutate(rng, seeds)
				name := fmt.Sprintf("soak-%d.xlsx", inputs.Add(1))
				ctx, cancel := context.WithTimeout(context.Background(), soakMaxPerInput)
				start := time.Now()
				rep, err := checker.EvaluateReaderAt(ctx, bytes.NewReader(data), int64(len(data)), name)
				took := time.Since(start)
				cancel()
				for old := slowest.Load(); int64(took) > old && !slowest.CompareAndSwap(old, int64(took)); old = slowest.Load() {
				}
				if took >= soakMaxPerInput {
					fail("%s (%s) took %v", name, how, took)
					continue
				}
				if err != nil {
					errs.Add(1)
					if !soakTyped(err) {
						fail("%s (%s): untyped error %T %v", name, how, err, err)
					}
					continue
				}
				reports.Add(1)
				want, err := evaluation.EvaluateReaderAt(context.Background(), bytes.NewReader(data), int64(len(data)), name, fresh)
				if err != nil {
					fail("%s (%s): the Checker gave a report, a fresh Evaluate %v", name, how, err)
					continue
				}
				if diff := cmp.Diff(want, rep, concCompare); diff != "" {
					fail("%s (%s): the Checker's report differs from a fresh one (-fresh +Checker):\n%s", name, how, diff)
				}
			}
		}()
	}
	wg.Wait()
	t.Logf("%d inputs in %v on %d goroutines: %d reports, %d typed errors; slowest %v",
		inputs.Load(), *soakDuration, workers, reports.Load(), errs.Load(), time.Duration(slowest.Load()))
}

// soakTyped reports whether an error is one the package documents.
func soakTyped(err error) bool {
	var oe *xlsx.OpenError
	var nf *evaluation.NoFormError
	return errors.As(err, &oe) || errors.As(err, &nf) || errors.Is(err, context.DeadlineExceeded)
}

// soakSeeds are the inputs mutations start from: the testdata workbooks,
// generated variants with planted defects, the costly formula files and
// hostile packages.
func soakSeeds(t *testing.T) [][]byte {
	t.Helper()
	var seeds [][]byte
	for _, in := range concInputs(t) {
		data := in.data
		if in.path != "" {
			var err error
			if data, err = os.ReadFile(in.path); err != nil {
				t.Fatal(err)
			}
		}
		seeds = append(seeds, data)
	}
	ref := seeds[0]
	for _, s := range badfile.Samples(ref) {
		seeds = append(seeds, s.Data)
	}
	for _, edit := range []func(*testgen.Workbook){
		func(w *testgen.Workbook) { w.Style.Formulas = testgen.FormulasNoCache },
		func(w *testgen.Workbook) { w.Department.Lines[0].Executed = "283.97" },
		func(w *testgen.Workbook) { w.Department.Matrix.Values[0][1] = testgen.AsText("1441000元") },
		func(w *testgen.Workbook) { w.Score.Rows[3].Score = "1" },
	} {
		wb := testgen.Reference()
		edit(wb)
		data, err := wb.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, data)
	}
	return seeds
}

// soakDigits, soakTags and soakValues find what a mutation changes inside
// a worksheet: a digit, a tag, a cell value.
var (
	soakDigit = regexp.MustCompile(`[0-9]`)
	soakTag   = regexp.MustCompile(`</?[a-zA-Z]+[^>]*>`)
	soakValue = regexp.MustCompile(`<v>[^<]*</v>`)
)

// soakMutate picks a seed and damages it one way, saying how.
func soakMutate(rng *rand.Rand, seeds [][]byte) ([]byte, string) {
	seed := seeds[rng.IntN(len(seeds))]
	switch rng.IntN(8) {
	case 0:
		return seed, "as it is"
	case 1: // flip bytes of the file
		b := bytes.Clone(seed)
		for range 1 + rng.IntN(8) {
			if len(b) > 0 {
				b[rng.IntN(len(b))] ^= byte(1 + rng.IntN(255))
			}
		}
		return b, "bytes flipped"
	case 2:
		return badfile.Truncate(seed, rng.IntN(len(seed)+1)), "truncated"
	}
	entries, err := badfile.Entries(seed)
	if err != nil {
		return seed, "not a zip, as it is"
	}
	var sheets []int
	for i, e := range entries {
		if bytes.Contains([]byte(e.Name), []byte("worksheets/")) {
			sheets = append(sheets, i)
		}
	}
	if len(sheets) == 0 {
		return seed, "no sheet, as it is"
	}
	i := sheets[rng.IntN(len(sheets))]
	xml := entries[i].Data
	var how string
	switch rng.IntN(3) {
	case 0:
		how = "a digit changed"
		xml = replaceNth(rng, soakDigit, xml, func([]byte) []byte { return []byte{byte('0' + rng.IntN(10))} })
	case 1:
		how = "a tag dropped or doubled"
		xml = replaceNth(rng, soakTag, xml, func(m []byte) []byte {
			if rng.IntN(2) == 0 {
				return nil
			}
			return append(bytes.Clone(m), m...)
		})
	default:
		how = "a value replaced"
		values := []string{"", "-1", "1E308", "abc", "#REF!", "99999999999999999999", "0.005", "1%"}
		xml = replaceNth(rng, soakValue, xml, func([]byte) []byte { return []byte("<v>" + values[rng.IntN(len(values))] + "</v>") })
	}
	entries[i].Data = xml
	return badfile.Stored(entries...), how
}

// replaceNth replaces one match of re in b, picked at random.
func replaceNth(rng *rand.Rand, re *regexp.Regexp, b []byte, with func([]byte) []byte) []byte {
	ms := re.FindAllIndex(b, -1)
	if len(ms) == 0 {
		return b
	}
	m := ms[rng.IntN(len(ms))]
	out := append(bytes.Clone(b[:m[0]]), with(b[m[0]:m[1]])...)
	return append(out, b[m[1]:]...)
}
