package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jixiao-go/jixiao/evaluation"
)

// batchDir holds n workbooks named 000.xlsx…, every third one the
// as-reported workbook with errors, the others the valid one.
func batchDir(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	validData, err := os.ReadFile(valid)
	if err != nil {
		t.Fatal(err)
	}
	badData, err := os.ReadFile(asReported)
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		data := validData
		if i%3 == 2 {
			data = badData
		}
		sub := dir
		if i%2 == 1 {
			sub = filepath.Join(dir, "sub") // directories are walked
			if err := os.MkdirAll(sub, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("%03d.xlsx", i)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestBatchKeepsInputOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("200 workbooks")
	}
	dir := batchDir(t, 200)
	code, stdout, stderr := runCmd(t, "check", "-j", "2", "--format", "csv", "--disable", "JX001", dir)
	if code != exitFindings {
		t.Errorf("exit %d, want %d; stderr %s", code, exitFindings, stderr)
	}
	var files []string
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n")[1:] {
		file := strings.SplitN(line, ",", 2)[0]
		if len(files) == 0 || files[len(files)-1] != file {
			files = append(files, file)
		}
	}
	if len(files) != 200 {
		t.Fatalf("%d files reported, want 200", len(files))
	}
	// Input order: the directory walk sorts paths, so dir/000… come before
	// dir/sub/001….
	for i := 1; i < len(files); i++ {
		if files[i-1] >= files[i] {
			t.Fatalf("out of order at %d: %s before %s", i, files[i-1], files[i])
		}
	}
	want := "共 200 个文件：通过 134，有错误 66，无法读取 0；共 600 张表，评定等级 400 张：优 400 良 0 中 0 差 0"
	if strings.TrimSpace(stderr) != want {
		t.Errorf("summary %q, want %q", stderr, want)
	}
}

func TestBatchGlobsAndMissing(t *testing.T) {
	dir := batchDir(t, 4)
	code, stdout, stderr := runCmd(t, "check", filepath.Join(dir, "0*.xlsx"), filepath.Join(dir, "none-*.xlsx"))
	if code != exitTrouble {
		t.Errorf("exit %d, want %d", code, exitTrouble)
	}
	if !strings.Contains(stderr, "no file matches the pattern") {
		t.Errorf("stderr %q", stderr)
	}
	if strings.Count(stdout, ".xlsx: ") != 2 || !strings.Contains(stdout, "共 3 个文件：通过 1，有错误 1，无法读取 1") {
		t.Errorf("stdout:\n%s", stdout)
	}
}

// The progress line and the reports are written from one goroutine: emit
// and progress share a slice with no lock, which the race detector would
// catch if a worker called either; the progress counts never go down.
func TestProgressAndReportsFromOneGoroutine(t *testing.T) {
	dir := batchDir(t, 12)
	var events []string
	last := 0
	checkAll(context.Background(), expandInputs([]string{dir}), 2, evaluation.Options{}, func(r result) {
		events = append(events, "report")
	}, func(done, total int) {
		if done < last || total != 12 {
			t.Errorf("progress %d/%d after %d", done, total, last)
		}
		last = done
		events = append(events, "progress")
	})
	if n := strings.Count(strings.Join(events, " "), "report"); n != 12 {
		t.Errorf("%d reports: %v", n, events)
	}
}

// A file whose name holds glob characters is that file; a directory's
// spreadsheets that are not .xlsx are reported, not skipped.
func TestLiteralPathsAndOtherSpreadsheets(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(valid)
	if err != nil {
		t.Fatal(err)
	}
	literal := filepath.Join(dir, "自评表[终稿].xlsx")
	if err := os.WriteFile(literal, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, stdout, stderr := runCmd(t, "check", literal); code != exitValid || !strings.Contains(stdout, "自评表[终稿].xlsx: 通过") {
		t.Errorf("exit %d:\n%s%s", code, stdout, stderr)
	}
	if err := os.WriteFile(filepath.Join(dir, "old.xls"), []byte("\xD0\xCF\x11\xE0 not really"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := runCmd(t, "check", "--format", "json", dir)
	if code != exitTrouble || !strings.Contains(stdout, `"file":"`+filepath.Join(dir, "old.xls")+`"`) || !strings.Contains(stdout, `"error":{"code":`) {
		t.Errorf("the .xls in the directory: exit %d\n%s", code, stdout)
	}
}
