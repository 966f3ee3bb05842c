package evaluationtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/evaluation"
)

// update is the flag that makes AssertGolden rewrite its golden files. It
// is namespaced, as httptest's -httptest.serve is, so that it cannot clash
// with an -update flag the importing test package declares for itself.
var update = flag.Bool("evaluationtest.update", false, "rewrite the golden files of evaluationtest.AssertGolden")

// updating reports whether golden files are to be rewritten: with
// -evaluationtest.update, or with -update when the test binary declares a
// boolean flag of that name.
func updating() bool { return *update || boolFlag(flag.CommandLine, "update") }

// boolFlag reports whether fs has a boolean flag of the name, set to true.
func boolFlag(fs *flag.FlagSet, name string) bool {
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return false
	}
	b, ok := g.Get().(bool)
	return ok && b
}

// AssertGolden evaluates the workbook at path and compares its report,
// written as indented JSON, with the golden file at goldenPath; on a
// difference it fails the test with a line diff (-golden +got). The report's
// File is path as given, so give the same path each time.
//
// Run the test with -evaluationtest.update (or -update, when the test
// binary declares a boolean flag of that name) to write the golden file
// instead, creating its directory if needed.
//
// A workbook that cannot be read, or a golden file that cannot be read or
// written, stops the test with t.Fatalf. WithOptions chooses the evaluation
// options; comparison options do not apply.
func AssertGolden(t testing.TB, path, goldenPath string, opts ...Option) {
	t.Helper()
	assertGolden(t, path, goldenPath, updating(), opts...)
}

func assertGolden(t testing.TB, path, goldenPath string, update bool, opts ...Option) {
	t.Helper()
	rep, ok := evaluate(t, path, settingsOf(opts).eval)
	if !ok {
		return
	}
	got, err := reportJSON(rep)
	if err != nil {
		t.Fatalf("evaluationtest: %s: %v", path, err)
		return
	}
	if update {
		if err := os.MkdirAll(filepath.Dir(goldenPath), 0o755); err != nil {
			t.Fatalf("evaluationtest: %v", err)
			return
		}
		if err := os.WriteFile(goldenPath, got, 0o644); err != nil {
			t.Fatalf("evaluationtest: %v", err)
			return
		}
		t.Logf("evaluationtest: wrote %s", goldenPath)
		return
	}
	want, err := os.ReadFile(goldenPath)
	if errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("evaluationtest: %v (run go test -evaluationtest.update to write it)", err)
		return
	}
	if err != nil {
		t.Fatalf("evaluationtest: %v", err)
		return
	}
	want = bytes.ReplaceAll(want, []byte("\r\n"), []byte("\n")) // a checkout may add CRs
	if !bytes.Equal(want, got) {
		diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(string(got), "\n"))
		t.Errorf("evaluationtest: %s: report differs from %s (-golden +got):\n%s\n(run go test -evaluationtest.update to accept it)",
			path, goldenPath, diff)
	}
}

// reportJSON writes the report as indented JSON with a final newline,
// leaving <, > and & as they are.
func reportJSON(rep *evaluation.Report) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rep); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
