package evaluationtest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jixiao-go/jixiao/evaluation"
)

const (
	valid      = "../../testdata/haizhu-kexie-2023.xlsx"
	asReported = "../../testdata/haizhu-kexie-2023-as-reported.xlsx"
	golden     = "testdata/haizhu-kexie-2023-as-reported.json"
)

// recorder is a testing.TB that records failures instead of failing. Other
// methods go to the embedded test, so an unexpected t.Error still fails it.
type recorder struct {
	testing.TB
	errors, fatals, logs []string
}

func newRecorder(t *testing.T) *recorder { return &recorder{TB: t} }

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatalf(format string, args ...any) {
	r.fatals = append(r.fatals, fmt.Sprintf(format, args...))
}

func (r *recorder) Logf(format string, args ...any) {
	r.logs = append(r.logs, fmt.Sprintf(format, args...))
}

// only returns the one error recorded, failing t otherwise.
func (r *recorder) only(t *testing.T) string {
	t.Helper()
	if len(r.errors) != 1 || len(r.fatals) != 0 {
		t.Fatalf("want one Errorf and no Fatalf, got Errorf %q, Fatalf %q", r.errors, r.fatals)
	}
	return r.errors[0]
}

// clean fails t when anything was recorded.
func (r *recorder) clean(t *testing.T) {
	t.Helper()
	if len(r.errors)+len(r.fatals) > 0 {
		t.Fatalf("want no failure, got Errorf %q, Fatalf %q", r.errors, r.fatals)
	}
}

// asReportedFindings are the findings on the as-reported workbook.
func asReportedFindings() []evaluation.Finding {
	fix := &evaluation.Fix{Cell: "D16", Value: "14.74"}
	return []evaluation.Finding{
		{Code: "JX103", Severity: evaluation.SeverityError, Sheet: "部门整体支出绩效自评表", Cell: "B16",
			Related: []string{"C16", "D16", "E16", "F16"}, Expected: "283.79", Actual: "236.79",
			Message: "支出经济分类“基本支出”行：合计应为各项之和 283.79，表中填写 236.79，相差 47.00。", Fix: fix},
		{Code: "JX104", Severity: evaluation.SeverityError, Sheet: "部门整体支出绩效自评表", Cell: "D18",
			Related: []string{"D16", "D17"}, Expected: "108.74", Actual: "61.74",
			Message: "支出经济分类“商品和服务支出”列：合计应为各项之和 108.74，表中填写 61.74，相差 47.00。", Fix: fix},
	}
}

func TestAssertValidPasses(t *testing.T) {
	AssertValid(t, valid)

	r := newRecorder(t)
	AssertValid(r, valid)
	r.clean(t)
}

func TestAssertValidFailsNamingCellAndFix(t *testing.T) {
	r := newRecorder(t)
	AssertValid(r, asReported)
	msg := r.only(t)
	for _, want := range []string{
		asReported + ": 2 error findings",
		"JX103 部门整体支出绩效自评表!B16: expected 283.79, actual 236.79",
		"JX104 部门整体支出绩效自评表!D18: expected 108.74, actual 61.74",
		"合计应为各项之和 283.79",
		"建议将 D16 改为 14.74。(Fix: set D16 to 14.74.)",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
	if got := strings.Count(msg, "D16 改为 14.74"); got != 2 {
		t.Errorf("fix named %d times, want once per finding:\n%s", got, msg)
	}
}

func TestAssertValidOptions(t *testing.T) {
	r := newRecorder(t)
	AssertValid(r, asReported, WithOptions(evaluation.Options{Language: "en"}))
	msg := r.only(t)
	if strings.Contains(msg, "合计应为") || !strings.Contains(msg, "Fix: set D16 to 14.74.") {
		t.Errorf("want the English message and the fix:\n%s", msg)
	}

	r = newRecorder(t)
	AssertValid(r, asReported, WithOptions(evaluation.Options{Disable: []string{evaluation.CodeMatrixRow}}))
	msg = r.only(t)
	if !strings.Contains(msg, ": 1 error finding\n") || strings.Contains(msg, "JX103") {
		t.Errorf("want JX104 alone:\n%s", msg)
	}

	r = newRecorder(t)
	AssertValid(r, asReported, WithOptions(evaluation.Options{Disable: []string{evaluation.CodeMatrixRow, evaluation.CodeMatrixColumn}}))
	r.clean(t)

	r = newRecorder(t)
	AssertValid(r, asReported, WithOptions(evaluation.Options{Language: "en"}), WithOptions(evaluation.Options{}))
	if msg := r.only(t); !strings.Contains(msg, "合计应为") {
		t.Errorf("the later WithOptions should win:\n%s", msg)
	}
}

func TestUnreadableWorkbookIsFatal(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.xlsx")
	notXLSX := filepath.Join(t.TempDir(), "notes.xlsx")
	if err := os.WriteFile(notXLSX, []byte("not a workbook"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{missing, notXLSX} {
		for name, assert := range map[string]func(testing.TB){
			"AssertValid":    func(tb testing.TB) { AssertValid(tb, path) },
			"AssertFindings": func(tb testing.TB) { AssertFindings(tb, path, nil) },
			"AssertGolden":   func(tb testing.TB) { assertGolden(tb, path, golden, true) },
		} {
			r := newRecorder(t)
			assert(r)
			if len(r.fatals) != 1 || len(r.errors) != 0 || !strings.Contains(r.fatals[0], filepath.Base(path)) {
				t.Errorf("%s(%s): want one Fatalf naming the file, got Errorf %q, Fatalf %q", name, path, r.errors, r.fatals)
			}
		}
	}
}

func TestAssertFindingsPasses(t *testing.T) {
	AssertFindings(t, asReported, asReportedFindings())
	AssertFindings(t, valid, nil)
	AssertFindings(t, valid, []evaluation.Finding{})

	// With JX103 off, JX104 stands alone and one cell no longer mends both.
	want := asReportedFindings()[1:]
	want[0].Fix = nil
	AssertFindings(t, asReported, want, WithOptions(evaluation.Options{Disable: []string{"JX103"}}))

	noMessages := asReportedFindings()
	for i := range noMessages {
		noMessages[i].Message = ""
	}
	AssertFindings(t, asReported, noMessages, IgnoreMessages())
	AssertFindings(t, asReported, noMessages, IgnoreMessages(), WithOptions(evaluation.Options{Language: "en"}))

	noRelated := asReportedFindings()
	for i := range noRelated {
		noRelated[i].Related = nil
	}
	AssertFindings(t, asReported, noRelated, CmpOptions(cmpopts.IgnoreFields(evaluation.Finding{}, "Related")))
}

func TestAssertFindingsFailsWithDiff(t *testing.T) {
	for name, tc := range map[string]struct {
		want     []evaluation.Finding
		opts     []Option
		mentions []string
	}{
		"other code": {
			want:     func() []evaluation.Finding { fs := asReportedFindings(); fs[0].Code = "JX101"; return fs }(),
			mentions: []string{"JX101", "JX103", "-want +got"},
		},
		"other fix": {
			want: func() []evaluation.Finding {
				fs := asReportedFindings()
				fs[1].Fix = &evaluation.Fix{Cell: "D17", Value: "61.74"}
				return fs
			}(),
			mentions: []string{"D17", "14.74"},
		},
		"none expected": {
			mentions: []string{"JX103", "JX104"},
		},
		"messages compared": {
			want:     asReportedFindings(),
			opts:     []Option{WithOptions(evaluation.Options{Language: "en"})},
			mentions: []string{"Message", "economic classification"},
		},
		"finding missing": {
			want:     asReportedFindings()[:1],
			opts:     []Option{IgnoreMessages()},
			mentions: []string{"JX104", "D18"},
		},
	} {
		t.Run(name, func(t *testing.T) {
			r := newRecorder(t)
			AssertFindings(r, asReported, tc.want, tc.opts...)
			msg := r.only(t)
			for _, m := range append(tc.mentions, asReported) {
				if !strings.Contains(msg, m) {
					t.Errorf("diff lacks %q:\n%s", m, msg)
				}
			}
		})
	}
}

func TestAssertGoldenPasses(t *testing.T) {
	AssertGolden(t, asReported, golden)
}

func TestAssertGoldenFailsWithDiff(t *testing.T) {
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(want), `"value": "14.74"`, `"value": "14.75"`, 1)
	if edited == string(want) {
		t.Fatalf("%s has no fix value 14.74 to edit", golden)
	}
	path := filepath.Join(t.TempDir(), "edited.json")
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	// assertGolden compares even when the test runs with -evaluationtest.update.
	r := newRecorder(t)
	assertGolden(r, asReported, path, false)
	msg := r.only(t)
	for _, m := range []string{path, "-golden +got", "14.75", "14.74", "-evaluationtest.update"} {
		if !strings.Contains(msg, m) {
			t.Errorf("failure lacks %q:\n%s", m, msg)
		}
	}

	// The same report under other options is another report.
	r = newRecorder(t)
	assertGolden(r, asReported, golden, false, WithOptions(evaluation.Options{Language: "en"}))
	if msg := r.only(t); !strings.Contains(msg, "differs") {
		t.Errorf("English report: want a difference, got:\n%s", msg)
	}
}

func TestAssertGoldenMissingIsFatal(t *testing.T) {
	r := newRecorder(t)
	assertGolden(r, asReported, filepath.Join(t.TempDir(), "none.json"), false)
	if len(r.fatals) != 1 || !strings.Contains(r.fatals[0], "-evaluationtest.update") {
		t.Errorf("want one Fatalf telling how to write the file, got Errorf %q, Fatalf %q", r.errors, r.fatals)
	}
}

func TestAssertGoldenUpdateWritesWhatItCompares(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new", "report.json")
	r := newRecorder(t)
	assertGolden(r, asReported, path, true)
	r.clean(t)
	if len(r.logs) != 1 || !strings.Contains(r.logs[0], path) {
		t.Errorf("want a log naming the file, got %q", r.logs)
	}
	AssertGolden(t, asReported, path)

	// The file written is the committed golden file, byte for byte.
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("written report differs from %s (-want +got):\n%s", golden, diff)
	}
}

func TestBoolFlag(t *testing.T) {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	if boolFlag(fs, "update") {
		t.Errorf("undeclared -update reads as set")
	}
	set := fs.Bool("update", false, "")
	fs.String("name", "true", "")
	if boolFlag(fs, "update") || boolFlag(fs, "name") {
		t.Errorf("unset -update, or a string flag, reads as set")
	}
	*set = true
	if !boolFlag(fs, "update") {
		t.Errorf("-update set reads as unset")
	}
}
