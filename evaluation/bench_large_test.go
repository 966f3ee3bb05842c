package evaluation_test

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
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

// BenchmarkSheetScaling checks workbooks of 1, 10, 50 and 200 project sheets
// in interleaved rounds, each round giving every size about the same number
// of sheets (200 workbooks of 1 sheet, 20 of 10, 4 of 50, 1 of 200), so that
// a change in the machine's speed during the run weighs on all sizes alike.
// It reports the time per sheet of each size and the marginal time of a
// sheet added from one size to the next.
func BenchmarkSheetScaling(b *testing.B) {
	sizes := []int{1, 10, 50, 200}
	data := make([][]byte, len(sizes))
	for i, n := range sizes {
		data[i] = largeWorkbook(b, n, 0)
	}
	total := make([]time.Duration, len(sizes))
	rounds := 0
	for b.Loop() {
		for i, n := range sizes {
			start := time.Now()
			for range 200 / n {
				evaluateBytes(b, data[i])
			}
			total[i] += time.Since(start)
		}
		rounds++
	}
	perWorkbook := func(i int) float64 {
		return float64(total[i].Nanoseconds()) / float64(rounds*(200/sizes[i]))
	}
	for i, n := range sizes {
		b.ReportMetric(perWorkbook(i)/float64(n), fmt.Sprintf("ns/sheet@%d", n))
		if i > 0 {
			prev := sizes[i-1]
			b.ReportMetric((perWorkbook(i)-perWorkbook(i-1))/float64(n-prev), fmt.Sprintf("ns/added-sheet@%d-%d", prev, n))
		}
	}
}

// batchPath is the workbook the batch benchmarks check over and over.
const batchPath = "../testdata/haizhu-kexie-2023.xlsx"

// runBatch checks the workbook n times with workers goroutines, as an intake
// pipeline runs its uploads: through one shared Checker, or through the
// package's Evaluate when c is nil.
func runBatch(b *testing.B, c *evaluation.Checker, workers, n int) {
	jobs := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range jobs {
				var err error
				if c != nil {
					_, err = c.Evaluate(context.Background(), batchPath)
				} else {
					_, err = evaluation.Evaluate(context.Background(), batchPath, evaluation.Options{})
				}
				if err != nil {
					b.Error(err)
				}
			}
		}()
	}
	for range n {
		jobs <- struct{}{}
	}
	close(jobs)
	wg.Wait()
}

// BenchmarkBatch is 1,000 checks of the reference workbook with 1 and with
// 2 workers: through one shared Checker (how a pipeline should run them),
// and through Evaluate, which reuses no memory, for comparison.
func BenchmarkBatch(b *testing.B) {
	const files = 1000
	for _, via := range []string{"checker", "evaluate"} {
		for _, workers := range []int{1, 2} {
			b.Run(fmt.Sprintf("%s/workers=%d", via, workers), func(b *testing.B) {
				var c *evaluation.Checker
				if via == "checker" {
					c = evaluation.NewChecker(evaluation.Options{})
				}
				b.ReportAllocs()
				for b.Loop() {
					runBatch(b, c, workers, files)
				}
				b.ReportMetric(float64(files)*float64(b.N)/b.Elapsed().Seconds(), "workbooks/s")
			})
		}
	}
}

// BenchmarkBatchScaling is the throughput of 2 workers over that of 1,
// through one shared Checker: 10 rounds, each of 100 checks with 1 worker
// then 100 with 2, so that a change in the machine's speed during the run
// (its cores are shared with other tenants) weighs on both alike.
func BenchmarkBatchScaling(b *testing.B) {
	const rounds, files = 10, 100
	c := evaluation.NewChecker(evaluation.Options{})
	runBatch(b, c, 2, files) // warm up: the Checker's memory, the file cache
	var one, two time.Duration
	for b.Loop() {
		for range rounds {
			start := time.Now()
			runBatch(b, c, 1, files)
			mid := time.Now()
			runBatch(b, c, 2, files)
			one, two = one+mid.Sub(start), two+time.Since(mid)
		}
	}
	b.ReportMetric(one.Seconds()/two.Seconds(), "speedup")
	b.ReportMetric(float64(rounds*files*b.N)/one.Seconds(), "workbooks/s-1")
	b.ReportMetric(float64(rounds*files*b.N)/two.Seconds(), "workbooks/s-2")
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
