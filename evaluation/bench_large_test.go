package evaluation_test

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/shopspring/decimal"
)

// largeWorkbook has n project sheets and, when scoreRows > 0, a score sheet
// of that many 三级 rows, all consistent: 两个一级 of 50 points each, every
// row weighing 100/scoreRows and scoring full marks.
func largeWorkbook(tb testing.TB, projects, scoreRows int) []byte {
	tb.Helper()
	ref := testgen.Reference()
	wb := &testgen.Workbook{}
	for i := range projects {
		p := *ref.Projects[0]
		p.SheetName = fmt.Sprintf("项目%03d", i+1)
		p.Name = fmt.Sprintf("科普活动专项经费%03d", i+1)
		wb.Projects = append(wb.Projects, &p)
	}
	if scoreRows > 0 {
		s := *ref.Score
		s.Rows = nil
		weight := decimal.NewFromInt(100).DivRound(decimal.NewFromInt(int64(scoreRows)), 4).String()
		for i := range scoreRows {
			l1 := "履职效能（50分）"
			if i >= scoreRows/2 {
				l1 = "管理效率（50分）"
			}
			s.Rows = append(s.Rows, testgen.ScoreRow{
				Level1: l1, Level2: fmt.Sprintf("二级%02d", i/100), Level3: fmt.Sprintf("指标%04d", i+1),
				Weight: weight, Rule: "按完成比例计算得分，满分为止", Target: "≥10场", Actual: "12场", Score: weight,
			})
		}
		s.Subtotals, s.TotalWeight, s.TotalScore, s.Total = nil, "100", "100", "100"
		wb.Score = &s
	}
	data, _, err := wb.Build()
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func evaluateBytes(tb testing.TB, data []byte) *evaluation.Report {
	rep, err := evaluation.EvaluateReaderAt(context.Background(), bytes.NewReader(data), int64(len(data)), "large.xlsx", evaluation.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return rep
}

// BenchmarkEvaluateLarge is the generated workbook of 200 project sheets
// and a score sheet of 2,000 rows, with its peak live heap.
func BenchmarkEvaluateLarge(b *testing.B) {
	data := largeWorkbook(b, 200, 2000)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	var peak uint64
	for b.Loop() {
		stop := samplePeakHeap(&peak)
		evaluateBytes(b, data)
		stop()
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// BenchmarkEvaluateSheets times workbooks of 1 to 200 project sheets; the
// time per sheet must stay flat.
func BenchmarkEvaluateSheets(b *testing.B) {
	for _, n := range []int{1, 10, 50, 200} {
		data := largeWorkbook(b, n, 0)
		b.Run(fmt.Sprintf("sheets=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				evaluateBytes(b, data)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/sheet")
		})
	}
}

// BenchmarkBatch is 1,000 evaluations of the reference workbook through the
// library with 1 and with 2 workers, as an intake pipeline runs them, under
// the default GOGC and under GOGC=400: the live heap of a check is small, so
// the collector runs often, and with every core busy its cost is no longer
// hidden on an idle one (see BENCHMARKS.md).
func BenchmarkBatch(b *testing.B) {
	const files = 1000
	path := "../testdata/haizhu-kexie-2023.xlsx"
	for _, c := range []struct{ workers, gogc int }{{1, 100}, {2, 100}, {1, 400}, {2, 400}} {
		workers := c.workers
		b.Run(fmt.Sprintf("gogc=%d/workers=%d", c.gogc, c.workers), func(b *testing.B) {
			defer debug.SetGCPercent(debug.SetGCPercent(c.gogc))
			for b.Loop() {
				jobs := make(chan struct{})
				var wg sync.WaitGroup
				for range workers {
					wg.Add(1)
					go func() {
						defer wg.Done()
						for range jobs {
							if _, err := evaluation.Evaluate(context.Background(), path, evaluation.Options{}); err != nil {
								b.Error(err)
							}
						}
					}()
				}
				for range files {
					jobs <- struct{}{}
				}
				close(jobs)
				wg.Wait()
			}
			b.ReportMetric(float64(files)*float64(b.N)/b.Elapsed().Seconds(), "workbooks/s")
		})
	}
}

// samplePeakHeap records the largest live heap seen until stop is called.
func samplePeakHeap(peak *uint64) (stop func()) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	done := make(chan struct{})
	finished := make(chan struct{})
	read := func() {
		metrics.Read(sample)
		if v := sample[0].Value.Uint64(); v > *peak {
			*peak = v
		}
	}
	runtime.GC()
	go func() {
		defer close(finished)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				read()
				return
			case <-t.C:
				read()
			}
		}
	}()
	return func() { close(done); <-finished }
}

func TestLargeWorkbookIsConsistent(t *testing.T) {
	if testing.Short() {
		t.Skip("large workbook")
	}
	rep := evaluateBytes(t, largeWorkbook(t, 3, 200))
	if !rep.Valid || len(rep.Forms) != 4 {
		t.Fatalf("valid=%v forms=%d errors=%+v", rep.Valid, len(rep.Forms), rep.Errors())
	}
	if got := *rep.Forms[0].Score; got != "100.00" {
		t.Errorf("score sheet score %s, want 100.00", got)
	}
}
