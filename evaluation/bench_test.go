package evaluation_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/xuri/excelize/v2"
)

// referenceWorkbooks are the workbooks in testdata/ that benchmarks run on.
func referenceWorkbooks(b *testing.B) []string {
	b.Helper()
	paths, err := filepath.Glob("../testdata/*.xlsx")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no workbooks in testdata: %v", err)
	}
	return paths
}

func benchName(path string) string { return strings.TrimSuffix(filepath.Base(path), ".xlsx") }

// BenchmarkEvaluate is the whole check of each reference workbook.
func BenchmarkEvaluate(b *testing.B) {
	for _, path := range referenceWorkbooks(b) {
		b.Run(benchName(path), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := evaluation.Evaluate(context.Background(), path, evaluation.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadBaseline is the floor no checker can go below: excelize opens
// the file and every sheet is read with the row iterator in raw mode.
func BenchmarkReadBaseline(b *testing.B) {
	for _, path := range referenceWorkbooks(b) {
		b.Run(benchName(path), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				readBaseline(b, path)
			}
		})
	}
}

func readBaseline(b *testing.B, path string) {
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	for _, sheet := range f.GetSheetList() {
		rows, err := f.Rows(sheet)
		if err != nil {
			b.Fatal(err)
		}
		for rows.Next() {
			if _, err := rows.Columns(excelize.Options{RawCellValue: true}); err != nil {
				b.Fatal(err)
			}
		}
		if err := rows.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
