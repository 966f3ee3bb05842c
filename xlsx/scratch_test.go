package xlsx_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/jixiao-go/jixiao/xlsx"
)

// dump writes out everything a Workbook says, cell by cell, for comparing
// two reads of one file.
func dump(wb *xlsx.Workbook) []string {
	out := []string{fmt.Sprintf("workbook %q producer %q", wb.Name, wb.Producer)}
	for _, s := range wb.Sheets {
		out = append(out, fmt.Sprintf("sheet %d %q rows %d cols %d merged %v", s.Index, s.Name, s.Rows(), s.Cols(), s.MergedRanges()))
		for r := 1; r <= s.Rows(); r++ {
			for _, c := range s.Row(r) {
				merged := "-"
				if c.Merged != nil {
					merged = c.Merged.String()
				}
				out = append(out, fmt.Sprintf("%s text %q label %q kind %d value %s/%d percent %v unit %q formula %q computed %v merged %s",
					c.Ref, c.Text, c.Label, c.Kind, c.Value.Value, c.Value.Places, c.Percent, c.Unit, c.Formula, c.Computed, merged))
			}
		}
	}
	return out
}

// scratchInputs are workbooks of different sizes and shapes, and a damaged
// one, to read one after another through one Scratch.
func scratchInputs(t *testing.T) map[string][]byte {
	t.Helper()
	in := map[string][]byte{}
	paths, _ := filepath.Glob("../testdata/*.xlsx")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		in[filepath.Base(p)] = data
	}
	wb := testgen.Reference()
	wb.Style.TransposedBudget, wb.Style.SplitLabels = true, "\n"
	for i := 0; i < 6; i++ {
		p := *wb.Projects[0]
		p.SheetName = fmt.Sprintf("项目%d", i+2)
		wb.Projects = append(wb.Projects, &p)
	}
	big, err := wb.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	in["big.xlsx"] = big
	small, err := (&testgen.Workbook{Projects: testgen.Reference().Projects}).Bytes()
	if err != nil {
		t.Fatal(err)
	}
	in["small.xlsx"] = small
	in["damaged.xlsx"] = big[:len(big)/2]
	return in
}

// TestScratchReadsLikeOpen reads workbooks one after another through one
// Scratch, big after small and small after big, and a damaged one in
// between: each reads exactly as a fresh OpenReaderAt reads it.
func TestScratchReadsLikeOpen(t *testing.T) {
	in := scratchInputs(t)
	order := []string{"small.xlsx", "big.xlsx", "haizhu-kexie-2023.xlsx", "damaged.xlsx", "small.xlsx",
		"haizhu-kexie-2023-nocache.xlsx", "big.xlsx", "big.xlsx", "haizhu-kexie-2023-as-reported.xlsx", "small.xlsx"}
	var sc xlsx.Scratch
	ctx := context.Background()
	for i, name := range order {
		data := in[name]
		want, wantErr := xlsx.OpenReaderAt(ctx, bytes.NewReader(data), int64(len(data)), name, xlsx.Options{})
		got, err := sc.OpenReaderAt(ctx, bytes.NewReader(data), int64(len(data)), name, xlsx.Options{})
		if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
			t.Fatalf("read %d, %s: error %v, want %v", i, name, err, wantErr)
		}
		if err != nil {
			if !errors.Is(err, xlsx.ErrCorrupt) {
				t.Fatalf("read %d, %s: %v", i, name, err)
			}
			continue
		}
		if diff := cmp.Diff(dump(want), dump(got)); diff != "" {
			t.Fatalf("read %d, %s through a Scratch differs (-fresh +scratch):\n%s", i, name, diff)
		}
	}
}

// TestScratchOpenByPath reads a file by its path.
func TestScratchOpenByPath(t *testing.T) {
	var sc xlsx.Scratch
	for range 2 {
		wb, err := sc.Open(context.Background(), "../testdata/haizhu-kexie-2023.xlsx", xlsx.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(wb.Sheets) != 3 {
			t.Fatalf("%d sheets", len(wb.Sheets))
		}
	}
	if _, err := sc.Open(context.Background(), "../testdata/missing.xlsx", xlsx.Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
}

// TestScratchAllocatesLess: the second read of a workbook through a
// Scratch allocates well under half of what a fresh read does.
func TestScratchAllocatesLess(t *testing.T) {
	if raceEnabled() {
		t.Skip("the race detector's instrumentation changes what allocates")
	}
	data, err := os.ReadFile("../testdata/haizhu-kexie-2023.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var sc xlsx.Scratch
	read := func(open func() (*xlsx.Workbook, error)) uint64 {
		for range 2 { // warm up: the second read sizes the Scratch's grids
			if _, err := open(); err != nil {
				t.Fatal(err)
			}
		}
		least := ^uint64(0) // the least of a few reads: other tests only add
		for range 5 {
			least = min(least, memDelta(func() {
				if _, err := open(); err != nil {
					t.Fatal(err)
				}
			}))
		}
		return least
	}
	fresh := read(func() (*xlsx.Workbook, error) {
		return xlsx.OpenReaderAt(ctx, bytes.NewReader(data), int64(len(data)), "x.xlsx", xlsx.Options{})
	})
	reused := read(func() (*xlsx.Workbook, error) {
		return sc.OpenReaderAt(ctx, bytes.NewReader(data), int64(len(data)), "x.xlsx", xlsx.Options{})
	})
	t.Logf("fresh read %d KiB, through a Scratch %d KiB", fresh>>10, reused>>10)
	if reused*2 > fresh {
		t.Errorf("through a Scratch %d bytes, fresh %d bytes", reused, fresh)
	}
}
