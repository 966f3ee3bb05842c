package evaluation_test

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/xlsx"
)

// check runs in through a Checker.
func (in concInput) check(ctx context.Context, c *evaluation.Checker) (*evaluation.Report, error) {
	if in.path != "" {
		return c.Evaluate(ctx, in.path)
	}
	return c.EvaluateReaderAt(ctx, bytes.NewReader(in.data), int64(len(in.data)), in.name)
}

// A Checker shared by several goroutines, each checking workbooks of every
// size and shape in turn (and a damaged one), gives the reports Evaluate
// gives: the memory it reuses leaks nothing from one workbook into the
// next. The reports are compared after all checks ran, so a report that
// kept a reference to reused memory would show it.
func TestCheckerMatchesEvaluate(t *testing.T) {
	ins := concInputs(t)
	damaged := ins[len(ins)-1]
	damaged.name, damaged.data = "damaged", damaged.data[:len(damaged.data)/2]
	ins = append(ins, damaged)
	ctx := context.Background()
	for _, lang := range concLanguages {
		opts := evaluation.Options{Language: lang}
		want := make([]*evaluation.Report, len(ins))
		wantErr := make([]error, len(ins))
		for i, in := range ins {
			want[i], wantErr[i] = in.evaluate(ctx, opts)
		}
		c := evaluation.NewChecker(opts)
		const workers, rounds = 4, 3
		got := make([][]*evaluation.Report, workers)
		gotErr := make([][]error, workers)
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for r := range rounds {
					for k := range ins {
						in := ins[(k+w+r)%len(ins)] // every worker in another order
						rep, err := in.check(ctx, c)
						got[w] = append(got[w], rep)
						gotErr[w] = append(gotErr[w], err)
					}
				}
			}()
		}
		wg.Wait()
		for w := range workers {
			for j, rep := range got[w] {
				r, k := j/len(ins), j%len(ins)
				i := (k + w + r) % len(ins)
				if err := gotErr[w][j]; (err == nil) != (wantErr[i] == nil) || err != nil && err.Error() != wantErr[i].Error() {
					t.Fatalf("%s, %s: error %v, want %v", lang, ins[i].name, err, wantErr[i])
				}
				if diff := cmp.Diff(want[i], rep, concCompare); diff != "" {
					t.Fatalf("%s, %s: the Checker's report differs (-Evaluate +Checker):\n%s", lang, ins[i].name, diff)
				}
			}
		}
		if !errors.Is(wantErr[len(ins)-1], xlsx.ErrCorrupt) {
			t.Fatalf("damaged workbook: %v", wantErr[len(ins)-1])
		}
	}
}

// The zero Checker checks with the zero Options; a Checker keeps its own
// copy of the codes to disable.
func TestCheckerOptions(t *testing.T) {
	var zero evaluation.Checker
	rep, err := zero.Evaluate(context.Background(), "../testdata/haizhu-kexie-2023-as-reported.xlsx")
	if err != nil || rep.Valid {
		t.Fatalf("zero Checker: valid %v, %v", rep != nil && rep.Valid, err)
	}
	disable := []string{"JX103", "JX104"}
	c := evaluation.NewChecker(evaluation.Options{Disable: disable})
	disable[0], disable[1] = "JX001", "JX002"
	rep, err = c.Evaluate(context.Background(), "../testdata/haizhu-kexie-2023-as-reported.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Valid {
		t.Errorf("JX103 and JX104 disabled, still invalid: %+v", rep.Errors())
	}
}
