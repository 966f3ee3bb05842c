package evaluation_test

import (
	"bytes"
	"context"
	"errors"
	"github.com/google/go-cmp/cmp"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/badfile"
	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/jixiao-go/jixiao/xlsx"
)

// fuzzLimits keep each run of the fuzzer small.
var fuzzLimits = xlsx.Options{MaxUnzipSize: 16 << 20, MaxRows: 2000, MaxCells: 100_000, MaxSheets: 16}

// fuzzBase is a valid package whose worksheets the fuzzer replaces, so that
// it explores cell values and sheet structure inside a package that opens,
// rather than zip bytes.
type fuzzBase struct {
	entries []badfile.Entry
}

// fuzzSheets are the parts of the three sheets of every base.
var fuzzSheets = [...]string{"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"}

// with returns the package with one worksheet's XML replaced, stored (not
// deflated: the fuzzer's time goes into evaluating, not compressing).
func (b fuzzBase) with(part string, xml []byte) []byte {
	entries := make([]badfile.Entry, len(b.entries))
	copy(entries, b.entries)
	for i := range entries {
		if entries[i].Name == part {
			entries[i].Data = xml
		}
	}
	return badfile.Stored(entries...)
}

func (b fuzzBase) part(tb testing.TB, name string) []byte {
	for _, e := range b.entries {
		if e.Name == name {
			return e.Data
		}
	}
	tb.Fatalf("no part %s", name)
	return nil
}

// fuzzBases are the LibreOffice-written reference workbook and the same
// content as testgen writes it with excelize (compact XML, formulas cached).
func fuzzBases(tb testing.TB) []fuzzBase {
	tb.Helper()
	ref, err := os.ReadFile("../testdata/haizhu-kexie-2023.xlsx")
	if err != nil {
		tb.Fatal(err)
	}
	gen := testgen.Reference()
	gen.Style.Formulas = testgen.FormulasCached
	genData, err := gen.Bytes()
	if err != nil {
		tb.Fatal(err)
	}
	var out []fuzzBase
	for _, pkg := range [][]byte{ref, genData} {
		entries, err := badfile.Entries(pkg)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, fuzzBase{entries: entries})
	}
	return out
}

// fuzzNoise is what a worksheet holds besides its cells and merged ranges:
// view and print settings, column widths, row attributes, empty styled
// cells. Seeds go without it, so that the fuzzer spends its mutations (and
// its minimising) on what the checker reads.
var fuzzNoise = regexp.MustCompile(`<sheetPr.*?</sheetPr>|<sheetPr[^>]*/>|<dimension[^>]*/>|<sheetViews>.*?</sheetViews>|` +
	`<sheetFormatPr[^>]*(/>|>.*?</sheetFormatPr>)|<cols>.*?</cols>|<printOptions[^>]*/>|<pageMargins[^>]*/>|<pageSetup[^>]*/>|` +
	`<headerFooter.*?</headerFooter>| (customFormat|ht|hidden|customHeight|outlineLevel|collapsed|spans|aca)="[^"]*"|` +
	`<c r="[A-Z]+[0-9]+"( s="[0-9]+")?/>`)

func fuzzCompact(xml []byte) []byte { return fuzzNoise.ReplaceAll(xml, nil) }

// fuzzInput decodes the fuzzer's arguments: which 0 means data is the whole
// file; otherwise data is the XML of worksheet (which-1)%3 of base
// (which-1)/3.
func fuzzInput(bases []fuzzBase, which uint8, data []byte) []byte {
	k := int(which) % (1 + len(bases)*len(fuzzSheets))
	if k == 0 {
		return data
	}
	k--
	return bases[k/len(fuzzSheets)].with(fuzzSheets[k%len(fuzzSheets)], data)
}

// FuzzEvaluate evaluates whole workbooks: the bytes of a file, or a valid
// package with the XML of one worksheet fuzzed. Whatever the input, the
// checker never panics and gives either an error of a documented kind or a
// report that keeps its promises: findings in order, every code in the
// catalogue with its severity, every finding on a sheet of the workbook
// and a cell, and Valid exactly when no finding is an error.
func FuzzEvaluate(f *testing.F) {
	bases := fuzzEvaluateSeeds(f)
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		input := fuzzInput(bases, which, data)
		start := time.Now()
		ctx := context.Background()
		wb, err := xlsx.OpenReaderAt(ctx, bytes.NewReader(input), int64(len(input)), "fuzz.xlsx", fuzzLimits)
		if err != nil {
			fuzzCheckError(t, err)
			return
		}
		// EvaluateReaderAt is OpenReaderAt and then EvaluateWorkbook; the
		// workbook is kept here to know the order of its sheets.
		rep, err := evaluation.EvaluateWorkbook(ctx, wb, evaluation.Options{Limits: fuzzLimits})
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("took %v", d)
		}
		if err != nil {
			if rep != nil {
				t.Fatal("a report along with an error")
			}
			if !errors.Is(err, evaluation.ErrNoForm) {
				t.Fatalf("error %T %v is neither an xlsx error nor ErrNoForm", err, err)
			}
			return
		}
		fuzzCheckReport(t, wb, rep)
	})
}

// FuzzChecker checks the inputs of FuzzEvaluate through one Checker, so
// that each check runs on memory an earlier, different input left: it must
// give exactly what Evaluate gives. (Apart from FuzzEvaluate because what a
// check covers then depends on the inputs before it, which slows the
// fuzzer's search.)
func FuzzChecker(f *testing.F) {
	bases := fuzzEvaluateSeeds(f)
	checker := evaluation.NewChecker(evaluation.Options{Limits: fuzzLimits})
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		input := fuzzInput(bases, which, data)
		ctx := context.Background()
		got, gotErr := checker.EvaluateReaderAt(ctx, bytes.NewReader(input), int64(len(input)), "fuzz.xlsx")
		want, wantErr := evaluation.EvaluateReaderAt(ctx, bytes.NewReader(input), int64(len(input)), "fuzz.xlsx", evaluation.Options{Limits: fuzzLimits})
		if (gotErr == nil) != (wantErr == nil) || gotErr != nil && gotErr.Error() != wantErr.Error() {
			t.Fatalf("error %v, through the Checker %v", wantErr, gotErr)
		}
		if diff := cmp.Diff(want, got, concCompare); diff != "" {
			t.Fatalf("the Checker's report differs (-Evaluate +Checker):\n%s", diff)
		}
	})
}

// fuzzEvaluateSeeds adds the seeds of FuzzEvaluate and FuzzChecker: the
// reference workbooks whole, their worksheets' XML alone (to be put back in
// a base package), the bad-file samples and hand-made mutations. It returns
// the base packages.
func fuzzEvaluateSeeds(f *testing.F) []fuzzBase {
	bases := fuzzBases(f)
	for _, name := range []string{"haizhu-kexie-2023.xlsx", "haizhu-kexie-2023-nocache.xlsx", "haizhu-kexie-2023-as-reported.xlsx"} {
		data, err := os.ReadFile("../testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(uint8(0), data)
		if entries, err := badfile.Entries(data); err == nil {
			for _, e := range entries {
				for i, part := range fuzzSheets {
					if e.Name == part {
						f.Add(uint8(1+i), fuzzCompact(e.Data)) // on the reference's shared strings
					}
				}
			}
		}
	}
	for _, s := range badfile.Samples(bases[0].with(fuzzSheets[0], bases[0].part(f, fuzzSheets[0]))) {
		if len(s.Data) < 1<<20 {
			f.Add(uint8(0), s.Data)
		}
	}
	for bi, b := range bases {
		for si, part := range fuzzSheets {
			which := uint8(1 + bi*len(fuzzSheets) + si)
			xml := string(fuzzCompact(b.part(f, part)))
			f.Add(which, []byte(xml))
			// Hand-made mutations: numbers out of range, a unit typed in
			// an amount, formulas without results, a lost merge list,
			// references out of order or out of the sheet.
			for _, m := range []struct{ old, new string }{
				{"<v>283.79</v>", "<v>1E30</v>"},
				{"<v>236.79</v>", "<v>-0</v>"},
				{"<v>47</v>", `</c><c r="XFD1048576"><v>1</v>`},
				{"<mergeCells", "<x"},
				{"</v></c>", "</v><f>SUM(A1:XFD1048576)</f></c>"},
				{`r="2"`, `r="1"`},
				{`t="s"><v>1</v>`, `t="inlineStr"><is><t>2837900元</t></is>`},
				{`t="n"><v>283.79</v>`, `t="inlineStr"><is><t>2837900元</t></is>`},
				{`"><v>283.79</v>`, `" t="inlineStr"><is><t>283.79万</t></is>`},
				{`"><v>47</v>`, `" t="inlineStr"><is><t>470000元</t></is>`},
				{`t="s"><v>3</v>`, `t="s"><v>99999</v>`},
				{"<v>10</v>", "<v>#DIV/0!</v>"},
			} {
				if strings.Contains(xml, m.old) {
					f.Add(which, []byte(strings.Replace(xml, m.old, m.new, 1)))
				}
			}
		}
	}
	return bases
}

// fuzzCheckError accepts the documented errors of reading only.
func fuzzCheckError(t *testing.T, err error) {
	t.Helper()
	var oe *xlsx.OpenError
	if !errors.As(err, &oe) {
		t.Fatalf("error %T %v is not an *xlsx.OpenError", err, err)
	}
	for _, sentinel := range []error{xlsx.ErrNotXLSX, xlsx.ErrLegacyXLS, xlsx.ErrEncrypted, xlsx.ErrTooLarge, xlsx.ErrCorrupt} {
		if errors.Is(err, sentinel) {
			return
		}
	}
	t.Fatalf("error %v wraps no sentinel", err)
}

// fuzzCheckReport checks what a report promises.
func fuzzCheckReport(t *testing.T, wb *xlsx.Workbook, rep *evaluation.Report) {
	t.Helper()
	if rep == nil {
		t.Fatal("no report and no error")
	}
	if len(rep.Forms) == 0 {
		t.Fatal("a report without forms")
	}
	for _, form := range rep.Forms {
		if wb.Sheet(form.Sheet) == nil {
			t.Fatalf("form on sheet %q, which the workbook does not have", form.Sheet)
		}
		if !slices.ContainsFunc(evaluation.Forms(), func(s evaluation.FormSpec) bool { return s.Kind == form.Kind }) {
			t.Fatalf("form kind %q is no kind of the registry", form.Kind)
		}
	}
	if rep.Findings == nil {
		t.Fatal("Findings is nil, not empty")
	}
	if rep.Partial && len(rep.Findings) != evaluation.DefaultMaxFindings {
		t.Fatalf("partial with %d findings", len(rep.Findings))
	}
	hasError := false
	type key struct {
		sheet, row, col int
		code, message   string
	}
	var prev *key
	for i, f := range rep.Findings {
		rule, ok := evaluation.LookupCheck(f.Code)
		if !ok {
			t.Fatalf("finding %d: code %q is not in Checks()", i, f.Code)
		}
		if f.Severity != rule.Severity {
			t.Fatalf("finding %d: %s with severity %s, the catalogue says %s", i, f.Code, f.Severity, rule.Severity)
		}
		hasError = hasError || f.Severity == evaluation.SeverityError
		s := wb.Sheet(f.Sheet)
		if f.Sheet == "" || s == nil {
			t.Fatalf("finding %d (%s): sheet %q", i, f.Code, f.Sheet)
		}
		col, row, ok := xlsx.ParseA1(f.Cell)
		if f.Cell == "" || !ok {
			t.Fatalf("finding %d (%s): cell %q", i, f.Code, f.Cell)
		}
		if f.Message == "" {
			t.Fatalf("finding %d (%s): no message", i, f.Code)
		}
		for _, r := range f.Related {
			if r == "" {
				t.Fatalf("finding %d (%s): empty related cell", i, f.Code)
			}
		}
		if f.Fix != nil && (f.Fix.Cell == "" || f.Fix.Value == "") {
			t.Fatalf("finding %d (%s): fix %+v", i, f.Code, *f.Fix)
		}
		k := key{s.Index, row, col, f.Code, f.Message}
		if prev != nil && fuzzLess(k.sheet, k.row, k.col, k.code, k.message, prev.sheet, prev.row, prev.col, prev.code, prev.message) {
			t.Fatalf("finding %d (%s!%s %s) is out of order", i, f.Sheet, f.Cell, f.Code)
		}
		prev = &k
	}
	if rep.Valid == hasError {
		t.Fatalf("Valid = %v with an error finding: %v", rep.Valid, hasError)
	}
}

// fuzzLess orders findings as reports do: by sheet, row, column, code and
// message.
func fuzzLess(s1, r1, c1 int, code1, msg1 string, s2, r2, c2 int, code2, msg2 string) bool {
	switch {
	case s1 != s2:
		return s1 < s2
	case r1 != r2:
		return r1 < r2
	case c1 != c2:
		return c1 < c2
	case code1 != code2:
		return code1 < code2
	}
	return msg1 < msg2
}

// The fuzz seeds themselves are checked by go test; this makes sure the
// harness builds what it means to: a valid package for every base and
// sheet, which evaluates as the reference does.
func TestFuzzHarnessBuildsValidPackages(t *testing.T) {
	bases := fuzzBases(t)
	for bi, b := range bases {
		for si, part := range fuzzSheets {
			which := uint8(1 + bi*len(fuzzSheets) + si)
			input := fuzzInput(bases, which, fuzzCompact(b.part(t, part)))
			rep, err := evaluation.EvaluateReaderAt(context.Background(), bytes.NewReader(input), int64(len(input)), "fuzz.xlsx", evaluation.Options{})
			if err != nil {
				t.Fatalf("base %d sheet %d: %v", bi, si, err)
			}
			if !rep.Valid || len(rep.Forms) != 3 {
				t.Errorf("base %d sheet %d: valid=%v forms=%d findings=%+v", bi, si, rep.Valid, len(rep.Forms), rep.Findings)
			}
		}
	}
}
