package testgen

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/jixiao-go/jixiao/internal/label"
	"github.com/xuri/excelize/v2"
)

const referenceFile = "../../testdata/haizhu-kexie-2023.xlsx"

func openFile(t *testing.T, path string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func openBytes(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("open generated workbook: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func build(t *testing.T, w *Workbook) ([]byte, Layout, *excelize.File) {
	t.Helper()
	data, l, err := w.Build()
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return data, l, openBytes(t, data)
}

// cellsOf returns every non-empty raw cell text of a sheet by A1 reference.
func cellsOf(t *testing.T, f *excelize.File, sheet string) map[string]string {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("GetRows(%s): %v", sheet, err)
	}
	out := map[string]string{}
	for r, row := range rows {
		for c, v := range row {
			if v != "" {
				out[coord{c + 1, r + 1}.a1()] = v
			}
		}
	}
	return out
}

func mergesOf(t *testing.T, f *excelize.File, sheet string) []string {
	t.Helper()
	ms, err := f.GetMergeCells(sheet, true)
	if err != nil {
		t.Fatalf("GetMergeCells(%s): %v", sheet, err)
	}
	var out []string
	for _, m := range ms {
		out = append(out, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	sort.Strings(out)
	return out
}

// numFmtOf returns the number format of a cell, "" for General.
func numFmtOf(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatalf("GetCellStyle(%s!%s): %v", sheet, cell, err)
	}
	st, err := f.GetStyle(id)
	if err != nil || st == nil {
		return ""
	}
	if st.CustomNumFmt != nil {
		if *st.CustomNumFmt == "General" {
			return ""
		}
		return *st.CustomNumFmt
	}
	switch st.NumFmt {
	case 0:
		return ""
	case 2:
		return "0.00"
	case 4:
		return "#,##0.00"
	case 10:
		return "0.00%"
	}
	return "builtin:" + strconv.Itoa(st.NumFmt)
}

func diffMaps(want, got map[string]string) []string {
	var out []string
	for k, w := range want {
		if g, ok := got[k]; !ok || g != w {
			out = append(out, fmt.Sprintf("%s: want %q, got %q", k, w, g))
		}
	}
	for k, g := range got {
		if _, ok := want[k]; !ok {
			out = append(out, fmt.Sprintf("%s: want nothing, got %q", k, g))
		}
	}
	sort.Strings(out)
	return out
}

// TestReferenceRoundTrip compares Reference() written with the zero Style
// with the reference workbook: same sheets, cell texts, merged ranges and
// number formats.
func TestReferenceRoundTrip(t *testing.T) {
	ref := openFile(t, referenceFile)
	_, _, got := build(t, Reference())
	if a, b := strings.Join(ref.GetSheetList(), ","), strings.Join(got.GetSheetList(), ","); a != b {
		t.Fatalf("sheets: want %s, got %s", a, b)
	}
	for _, sheet := range ref.GetSheetList() {
		want, have := cellsOf(t, ref, sheet), cellsOf(t, got, sheet)
		for _, d := range diffMaps(want, have) {
			t.Errorf("%s!%s", sheet, d)
		}
		if a, b := mergesOf(t, ref, sheet), mergesOf(t, got, sheet); strings.Join(a, " ") != strings.Join(b, " ") {
			t.Errorf("%s merges:\nwant %v\ngot  %v", sheet, a, b)
		}
		for cell := range want {
			if a, b := numFmtOf(t, ref, sheet, cell), numFmtOf(t, got, sheet, cell); a != b {
				t.Errorf("%s!%s number format: want %q, got %q", sheet, cell, a, b)
			}
			if fo, _ := got.GetCellFormula(sheet, cell); fo != "" {
				t.Errorf("%s!%s: formula %q with FormulasOff", sheet, cell, fo)
			}
		}
	}
}

// TestReferenceFormulas checks that FormulasCached writes the reference's
// formulas, with its cached values as number cells.
func TestReferenceFormulas(t *testing.T) {
	ref := openFile(t, referenceFile)
	w := Reference()
	w.Style.Formulas = FormulasCached
	data, _, got := build(t, w)
	n := 0
	for _, sheet := range ref.GetSheetList() {
		want, have := cellsOf(t, ref, sheet), cellsOf(t, got, sheet)
		for _, d := range diffMaps(want, have) {
			t.Errorf("%s!%s", sheet, d)
		}
		for cell := range want {
			a, _ := ref.GetCellFormula(sheet, cell)
			b, _ := got.GetCellFormula(sheet, cell)
			if a != b {
				t.Errorf("%s!%s formula: want %q, got %q", sheet, cell, a, b)
			}
			if b != "" {
				n++
				if typ, _ := got.GetCellType(sheet, cell); typ != excelize.CellTypeUnset {
					t.Errorf("%s!%s: formula result has cell type %v, want a number", sheet, cell, typ)
				}
			}
		}
	}
	if n != 20 {
		t.Errorf("%d formulas, want the reference's 20", n)
	}
	if bytes.Contains(worksheetXML(t, data), []byte(`t="str"`)) {
		t.Error(`worksheets still hold t="str" formula cells`)
	}
}

func worksheetXML(t *testing.T, data []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var all []byte
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		all = append(all, b...)
	}
	return all
}

func TestNoCacheFormulas(t *testing.T) {
	w := Reference()
	w.Style.Formulas = FormulasNoCache
	_, l, f := build(t, w)
	for _, key := range []string{"dept.line[0].rate", "dept.matrix[合计][合计]", "score.sum.score", "score.total", "project[0].fund[0].score", "project[0].total.score"} {
		p := l[key]
		fo, _ := f.GetCellFormula(p.Sheet, p.A1())
		v, _ := f.GetCellValue(p.Sheet, p.A1(), excelize.Options{RawCellValue: true})
		if fo == "" || v != "" {
			t.Errorf("%s at %s: formula %q, value %q; want a formula and no value", key, p, fo, v)
		}
	}
}

// TestAsReported plants the narrative's 61.74 in D16 and compares with
// testdata/haizhu-kexie-2023-as-reported.xlsx.
func TestAsReported(t *testing.T) {
	ref := openFile(t, "../../testdata/haizhu-kexie-2023-as-reported.xlsx")
	w := Reference()
	w.Department.Matrix.Values[0][2] = "61.74"
	_, l, got := build(t, w)
	if c := l.Cell("dept.matrix[基本支出][商品和服务支出]"); c != "D16" {
		t.Fatalf("planted cell at %s, want D16", c)
	}
	for _, sheet := range ref.GetSheetList() {
		for _, d := range diffMaps(cellsOf(t, ref, sheet), cellsOf(t, got, sheet)) {
			t.Errorf("%s!%s", sheet, d)
		}
	}
}

func TestDocumentedKeys(t *testing.T) {
	l, err := Reference().Layout()
	if err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]string{
		"dept.matrix[基本支出][商品和服务支出]": "部门整体支出绩效自评表!D16",
		"dept.matrix[0][2]":                 "部门整体支出绩效自评表!D16",
		"dept.line[其中：财政拨款].rate":           "部门整体支出绩效自评表!E9",
		"dept.line[其他资金].initial":           "部门整体支出绩效自评表!B10",
		"score.row[全国科普日主场活动参与人次].score":    "部门整体支出绩效评价评分表!I6",
		"score.row[2].score":                "部门整体支出绩效评价评分表!I6",
		"score.row[科普活动开展场次].level1":        "部门整体支出绩效评价评分表!A4",
		"score.row[绩效目标合理性].level2":         "部门整体支出绩效评价评分表!B13",
		"score.sum.score":                   "部门整体支出绩效评价评分表!I29",
		"score.subtotal[履职效能得分]":            "部门整体支出绩效评价评分表!B31",
		"score.total":                       "部门整体支出绩效评价评分表!B33",
		"score.grade":                       "部门整体支出绩效评价评分表!B34",
		"project[0].fund[年度资金总额].rate":      "项目支出绩效自评表!G6",
		"project[0].fund[其中：本年财政拨款].weight": "项目支出绩效自评表!F7",
		"project[0].row[参与公众满意度].score":     "项目支出绩效自评表!H19",
		"project[0].row[惠及公众人次].level2":     "项目支出绩效自评表!C13",
		"project[0].total.score":            "项目支出绩效自评表!H20",
		"project[0].grade":                  "项目支出绩效自评表!G21",
	} {
		if got := l[key].String(); got != want {
			t.Errorf("%s: got %s, want %s", key, got, want)
		}
	}
	if got := Reference().Where("dept.matrix[基本支出][商品和服务支出]"); got != "D16" {
		t.Errorf("Where: got %q, want D16", got)
	}
	if got := Reference().Where("no.such.key"); got != "" {
		t.Errorf("Where(unknown): got %q", got)
	}
}

// expectedValues lists, independently of the generator, the key of every
// value of w (by index and by name) with the model string.
func expectedValues(w *Workbook) map[string]string {
	out := map[string]string{}
	add := func(bases []string, suffix, v string) {
		for _, b := range bases {
			if _, ok := out[b+suffix]; !ok {
				out[b+suffix] = v
			}
		}
	}
	names := func(prefix string, i int, name string) []string {
		b := []string{fmt.Sprintf("%s[%d]", prefix, i)}
		if n := strings.TrimSpace(name); n != "" {
			b = append(b, prefix+"["+n+"]")
		}
		return b
	}
	if d := w.Department; d != nil {
		out["dept.name"], out["dept.goal"], out["dept.achieved"] = d.Name, d.Goal, d.Achieved
		for i, ln := range d.Lines {
			b := names("dept.line", i, ln.Label)
			add(b, ".initial", ln.Initial)
			add(b, ".adjusted", ln.Adjusted)
			add(b, ".executed", ln.Executed)
			add(b, ".rate", ln.Rate)
		}
		if m := d.Matrix; m != nil {
			for i, rl := range m.RowLabels {
				for j, cl := range m.ColLabels {
					v := ""
					if i < len(m.Values) && j < len(m.Values[i]) {
						v = m.Values[i][j]
					}
					for _, rb := range names("", i, rl) {
						add(names("dept.matrix"+rb, j, cl), "", v)
					}
				}
			}
		}
	}
	if s := w.Score; s != nil {
		for i, r := range s.Rows {
			b := names("score.row", i, r.Level3)
			for _, kv := range [][2]string{
				{".weight", r.Weight}, {".explanation", r.Explanation}, {".rule", r.Rule}, {".target", r.Target},
				{".actual", r.Actual}, {".score", r.Score}, {".reason", r.Reason},
			} {
				add(b, kv[0], kv[1])
			}
		}
		out["score.sum.weight"], out["score.sum.score"] = s.TotalWeight, s.TotalScore
		for k, sub := range s.Subtotals {
			add(names("score.subtotal", k, sub.Label), "", sub.Value)
		}
		out["score.total"], out["score.grade"] = s.Total, s.Grade
	}
	for n, p := range w.Projects {
		pre := fmt.Sprintf("project[%d]", n)
		out[pre+".name"], out[pre+".department"], out[pre+".unit"] = p.Name, p.Department, p.Unit
		out[pre+".goal"], out[pre+".achieved"] = p.Goal, p.Achieved
		for k, f := range p.Funds {
			b := names(pre+".fund", k, f.Label)
			for _, kv := range [][2]string{
				{".initial", f.Initial}, {".adjusted", f.Adjusted}, {".executed", f.Executed},
				{".weight", f.Weight}, {".rate", f.Rate}, {".score", f.Score},
			} {
				add(b, kv[0], kv[1])
			}
		}
		for i, r := range p.Indicators {
			b := names(pre+".row", i, r.Level3)
			for _, kv := range [][2]string{
				{".target", r.Target}, {".actual", r.Actual}, {".weight", r.Weight}, {".score", r.Score}, {".reason", r.Reason},
			} {
				add(b, kv[0], kv[1])
			}
		}
		out[pre+".total.weight"], out[pre+".total.score"], out[pre+".grade"] = p.TotalWeight, p.TotalScore, p.Grade
	}
	return out
}

// expectedLabels lists label keys with the model label they must show
// (compared after label.Normalize, as a suffix for TransposedBudget).
func expectedLabels(w *Workbook) map[string]string {
	out := map[string]string{}
	if d := w.Department; d != nil {
		out["dept.title"], out["dept.period"], out["dept.budget.title"] = d.Title, d.Period, d.BudgetTitle
		out["dept.budget.unit"] = d.Unit
		for i, ln := range d.Lines {
			out[fmt.Sprintf("dept.line[%d].label", i)] = ln.Label
		}
		if m := d.Matrix; m != nil {
			out["dept.matrix.title"], out["dept.matrix.corner"] = m.Title, m.Corner
			for i, rl := range m.RowLabels {
				out[fmt.Sprintf("dept.matrix.row[%d]", i)] = rl
			}
			for j, cl := range m.ColLabels {
				out[fmt.Sprintf("dept.matrix.col[%d]", j)] = cl
			}
		}
	}
	if s := w.Score; s != nil {
		out["score.title"] = s.Title
		for i, r := range s.Rows {
			out[fmt.Sprintf("score.row[%d].level1", i)] = r.Level1
			out[fmt.Sprintf("score.row[%d].level2", i)] = r.Level2
			out[fmt.Sprintf("score.row[%d].level3", i)] = r.Level3
		}
		for k, sub := range s.Subtotals {
			out[fmt.Sprintf("score.subtotal[%d].label", k)] = sub.Label
		}
	}
	for n, p := range w.Projects {
		pre := fmt.Sprintf("project[%d]", n)
		out[pre+".title"], out[pre+".period"] = p.Title, p.Period
		for k, f := range p.Funds {
			out[fmt.Sprintf("%s.fund[%d].label", pre, k)] = f.Label
		}
		for i, r := range p.Indicators {
			out[fmt.Sprintf("%s.row[%d].level1", pre, i)] = r.Level1
			out[fmt.Sprintf("%s.row[%d].level2", pre, i)] = r.Level2
			out[fmt.Sprintf("%s.row[%d].level3", pre, i)] = r.Level3
		}
	}
	return out
}

// storedText is what a model value reads back as with RawCellValue.
func storedText(v string) string {
	s, err := decode(v, rolePlain)
	if err != nil {
		return "<invalid>"
	}
	return s.text
}

func variants() map[string]Style {
	all := Style{
		ColumnOrder: ShuffledColumns(), SplitLabels: "\n", HalfWidth: true,
		WeightWord: "权重", AdjustedWord: "调整后预算数", ExecutedWord: "预算执行数", RateWord: "预算执行率",
		TransposedBudget: true, Offset: Offset{Cols: 1, Rows: 2}, Formulas: FormulasCached, Merges: MergeRepeat,
	}
	return map[string]Style{
		"default":     {},
		"columns":     {ColumnOrder: ShuffledColumns()},
		"split-space": {SplitLabels: " "},
		"split-break": {SplitLabels: "\n"},
		"half-width":  {HalfWidth: true},
		"words":       {WeightWord: "权重", AdjustedWord: "全年(调整)预算数", ExecutedWord: "预算执行数", RateWord: "预算执行率"},
		"transposed":  {TransposedBudget: true},
		"offset":      {Offset: Offset{Cols: 1, Rows: 2}},
		"cached":      {Formulas: FormulasCached},
		"nocache":     {Formulas: FormulasNoCache},
		"merge-none":  {Merges: MergeNone},
		"merge-rep":   {Merges: MergeRepeat},
		"transposed-columns-offset": {
			TransposedBudget: true, ColumnOrder: ShuffledColumns(), Offset: Offset{Cols: 3, Rows: 1},
		},
		"all": all,
	}
}

// TestVariants writes Reference() in every layout variant and checks that
// the workbook opens, that every key of the Layout points at the value (or
// label) it names, that every written cell is named by some key, and that
// the output is deterministic.
func TestVariants(t *testing.T) {
	for name, st := range variants() {
		t.Run(name, func(t *testing.T) {
			w := Reference()
			w.Style = st
			data, l, f := build(t, w)
			again, err := w.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(data, again) {
				t.Error("two Bytes calls differ")
			}
			read := func(p Position) string {
				v, err := f.GetCellValue(p.Sheet, p.A1(), excelize.Options{RawCellValue: true})
				if err != nil {
					t.Fatalf("%s: %v", p, err)
				}
				return v
			}
			// Values.
			for key, v := range expectedValues(w) {
				p, ok := l[key]
				if !ok {
					t.Errorf("no key %s", key)
					continue
				}
				want := storedText(v)
				if fo, _ := f.GetCellFormula(p.Sheet, p.A1()); fo != "" {
					if st.Formulas == FormulasOff {
						t.Errorf("%s at %s: formula %q with FormulasOff", key, p, fo)
					}
					if st.Formulas == FormulasNoCache {
						want = ""
					}
				}
				if got := read(p); got != want {
					t.Errorf("%s at %s: got %q, want %q", key, p, got, want)
				}
			}
			// Labels.
			for key, v := range expectedLabels(w) {
				p, ok := l[key]
				if !ok {
					t.Errorf("no key %s", key)
					continue
				}
				got, want := label.Normalize(read(p)), label.Normalize(v)
				if got == "" && want != "" || !strings.HasSuffix(want, got) {
					t.Errorf("%s at %s: got %q, want %q", key, p, read(p), v)
				}
			}
			// Every written cell is named by a key.
			named := map[Position]bool{}
			for _, p := range l {
				named[p] = true
			}
			for _, sheet := range f.GetSheetList() {
				for a1 := range cellsOf(t, f, sheet) {
					c, r, _ := excelize.CellNameToCoordinates(a1)
					if !named[Position{sheet, c, r}] {
						t.Errorf("%s!%s is written but no key names it", sheet, a1)
					}
				}
				ms := mergesOf(t, f, sheet)
				if (st.Merges == MergeAll) != (len(ms) > 0) {
					t.Errorf("%s: merges %v with %v", sheet, ms, st.Merges)
				}
			}
			// Index keys (names alias them) never share a cell, 一级 and
			// 二级 keys apart.
			seen := map[Position]string{}
			for _, key := range l.Keys() {
				if !indexKey(key) || strings.HasSuffix(key, ".level1") || strings.HasSuffix(key, ".level2") {
					continue
				}
				p := l[key]
				if other, ok := seen[p]; ok {
					t.Errorf("%s and %s share %s", other, key, p)
				}
				seen[p] = key
			}
		})
	}
}

// indexKey reports whether every bracket of key holds an index.
func indexKey(key string) bool {
	parts := strings.Split(key, "[")
	for _, p := range parts[1:] {
		inner, _, ok := strings.Cut(p, "]")
		if !ok || !allDigits(inner) {
			return false
		}
	}
	return true
}

func TestStyleSwitches(t *testing.T) {
	type check struct{ key, want string }
	cases := []struct {
		name   string
		style  Style
		checks []check
		cells  map[string]string // key → A1
	}{
		{
			name:  "columns",
			style: Style{ColumnOrder: ShuffledColumns()},
			checks: []check{
				{"dept.budget.header.executed", "全年执行数"}, {"score.header.score", "自评得分"},
				{"project[0].fund.header.score", "得分"}, {"project[0].indicator.header.score", "得分"},
			},
			cells: map[string]string{
				"dept.budget.header.executed":          "B7",
				"dept.budget.header.rate":              "C7",
				"dept.budget.header.initial":           "D7",
				"dept.budget.header.adjusted":          "E7",
				"dept.line[年度资金总额].executed":           "B8",
				"dept.line[其他资金].rate":                 "C10",
				"dept.line[项目支出].initial":              "D12",
				"dept.matrix.col[资本性支出]":               "B15",
				"dept.matrix[基本支出][合计]":                "C16",
				"dept.matrix[基本支出][对个人和家庭的补助]":         "D16",
				"dept.matrix[基本支出][工资福利支出]":            "E16",
				"dept.matrix[基本支出][商品和服务支出]":           "F16",
				"dept.matrix[合计][资本性支出]":               "B18",
				"score.header.score":                   "D3",
				"score.row[全国科普日主场活动参与人次].score":       "D6",
				"score.row[全国科普日主场活动参与人次].target":      "E6",
				"score.row[全国科普日主场活动参与人次].weight":      "G6",
				"score.row[全国科普日主场活动参与人次].explanation": "J6",
				"score.sum.score":                      "D29",
				"score.sum.weight":                     "G29",
				"project[0].fund[年度资金总额].score":        "C6",
				"project[0].fund[年度资金总额].rate":         "E6",
				"project[0].fund[年度资金总额].adjusted":     "H6",
				"project[0].row[参与公众满意度].score":        "E19",
				"project[0].row[参与公众满意度].reason":       "G19",
				"project[0].row[参与公众满意度].actual":       "I19",
				"project[0].total.score":               "E20",
				"project[0].total.weight":              "F20",
				"project[0].grade":                     "F21",
			},
		},
		{
			name:  "split-break",
			style: Style{SplitLabels: "\n"},
			checks: []check{
				{"dept.budget.header.adjusted", "全年\n预算数"}, {"score.header.rule", "评分\n标准"},
				{"dept.budget.header.rate", "执行率"}, {"dept.line[其他资金].label", "      其他\n资金"},
				{"score.row[0].level1", "履职效能（50分）"}, {"score.title", "2023年度部门整体支出绩效自评评分表"},
				{"project[0].fund.label", "项目资金\n（万元）"},
			},
		},
		{
			name:  "split-space",
			style: Style{SplitLabels: " "},
			checks: []check{
				{"dept.budget.header.adjusted", "全年 预算数"}, {"dept.budget.title", "一、年度部门整体 支出预算执行情况"},
			},
		},
		{
			name:  "half-width",
			style: Style{HalfWidth: true},
			checks: []check{
				{"project[0].row[科普活动场次].level1", "产出指标(50分)"}, {"dept.line[1].label", "其中:财政拨款"},
				{"dept.period", "(2023年度)"}, {"score.department", "部门名称:广州市海珠区科学技术协会"},
				{"score.row[“最美科技工作者”表彰人数].level3", "\"最美科技工作者\"表彰人数"},
				{"score.row[“最美科技工作者”表彰人数].explanation", "区“最美科技工作者”表彰人数"},
			},
		},
		{
			name:  "words",
			style: Style{WeightWord: "权重", AdjustedWord: "调整后预算数", ExecutedWord: "预算执行数", RateWord: "预算执行率"},
			checks: []check{
				{"score.header.weight", "权重"}, {"project[0].fund.header.weight", "权重"},
				{"project[0].indicator.header.weight", "权重"}, {"dept.budget.header.adjusted", "调整后预算数"},
				{"project[0].fund.header.adjusted", "调整后预算数"}, {"dept.budget.header.executed", "预算执行数"},
				{"dept.budget.header.rate", "预算执行率"}, {"project[0].fund.header.rate", "预算执行率"},
				{"dept.matrix.title", "二、支出经济分类情况（全年执行数）"},
			},
		},
		{
			name:  "transposed",
			style: Style{TransposedBudget: true},
			checks: []check{
				{"dept.line[1].label", "财政拨款"}, {"dept.line[3].label", "基本支出"}, {"dept.line[2].label", "其他资金"},
				{"dept.budget.header.rate", "执行率"}, {"dept.line[其中：财政拨款].executed", "283.79"},
			},
			cells: map[string]string{
				"dept.budget.corner": "A7", "dept.line[0].label": "B7", "dept.line[4].label": "F7",
				"dept.budget.header.initial": "A8", "dept.budget.header.rate": "A11",
				"dept.line[0].initial": "B8", "dept.line[0].rate": "B11", "dept.line[项目支出].executed": "F10",
				"dept.matrix.title": "A13", "dept.matrix[基本支出][商品和服务支出]": "D15",
			},
		},
		{
			name:  "offset",
			style: Style{Offset: Offset{Cols: 1, Rows: 2}},
			cells: map[string]string{
				"dept.title": "B3", "dept.budget.title": "B10", "dept.matrix[基本支出][商品和服务支出]": "E22",
				"score.row[全国科普日主场活动参与人次].score": "J10", "score.subtotal[履职效能得分]": "C37",
				"project[0].fund[年度资金总额].rate": "H10", "project[0].row[参与公众满意度].score": "I27",
			},
		},
		{
			name:   "merge-repeat",
			style:  Style{Merges: MergeRepeat},
			checks: []check{{"score.row[科普活动开展场次].level1", "履职效能（50分）"}, {"project[0].row[惠及公众人次].level2", "数量指标"}},
			cells:  map[string]string{"score.row[科普活动开展场次].level1": "A5", "project[0].row[惠及公众人次].level2": "C14"},
		},
		{
			name:  "merge-none",
			style: Style{Merges: MergeNone},
			cells: map[string]string{"score.row[科普活动开展场次].level1": "A4", "project[0].row[惠及公众人次].level2": "C13"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := Reference()
			w.Style = tc.style
			_, l, f := build(t, w)
			for _, c := range tc.checks {
				p, ok := l[c.key]
				if !ok {
					t.Errorf("no key %s", c.key)
					continue
				}
				got, _ := f.GetCellValue(p.Sheet, p.A1(), excelize.Options{RawCellValue: true})
				if got != c.want {
					t.Errorf("%s at %s: got %q, want %q", c.key, p, got, c.want)
				}
			}
			for key, want := range tc.cells {
				if got := l.Cell(key); got != want {
					t.Errorf("%s: at %q, want %q", key, got, want)
				}
			}
		})
	}
}

func TestValueMarkers(t *testing.T) {
	w := Reference()
	w.Department.Lines[0].Rate = Percent("100%")
	w.Department.Lines[0].Initial = AsText("283.79")
	w.Score.Rows[0].Target = Percent("0.76")
	w.Score.Rows[0].Score = WithFormat("8", "0.000")
	w.Department.Matrix.Values[0][1] = "1.1000000000000001"
	w.Department.Matrix.Values[0][2] = "14.740"
	_, l, f := build(t, w)
	for _, c := range []struct {
		key, value, format string
		text               bool
	}{
		{"dept.line[0].rate", "1", "0.00%", false},
		{"dept.line[0].initial", "283.79", "", true},
		{"score.row[0].target", "0.76", "0.00%", false},
		{"score.row[0].score", "8", "0.000", false},
		{"dept.matrix[0][1]", "1.1000000000000001", "#,##0.00", false},
		{"dept.matrix[0][2]", "14.740", "#,##0.00", false},
		{"dept.line[2].rate", "—", "", true},
	} {
		p := l[c.key]
		got, _ := f.GetCellValue(p.Sheet, p.A1(), excelize.Options{RawCellValue: true})
		if got != c.value {
			t.Errorf("%s: value %q, want %q", c.key, got, c.value)
		}
		if nf := numFmtOf(t, f, p.Sheet, p.A1()); nf != c.format {
			t.Errorf("%s: format %q, want %q", c.key, nf, c.format)
		}
		typ, _ := f.GetCellType(p.Sheet, p.A1())
		if isText := typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString; isText != c.text {
			t.Errorf("%s: cell type %v, want text %v", c.key, typ, c.text)
		}
	}
}

func TestErrors(t *testing.T) {
	for name, mutate := range map[string]func(w *Workbook){
		"budget order":    func(w *Workbook) { w.Style.ColumnOrder.Budget = []Column{ColInitial, ColInitial, ColExecuted, ColRate} },
		"score order":     func(w *Workbook) { w.Style.ColumnOrder.Score = []Column{ColWeight} },
		"matrix order":    func(w *Workbook) { w.Style.ColumnOrder.Matrix = []int{0, 1, 2, 3, 5} },
		"negative offset": func(w *Workbook) { w.Style.Offset.Rows = -1 },
		"duplicate sheet": func(w *Workbook) { w.Projects = append(w.Projects, w.Projects[0]) },
		"bad percent":     func(w *Workbook) { w.Department.Lines[0].Rate = Percent("全部") },
		"matrix too wide": func(w *Workbook) { w.Department.Matrix.Values[0] = append(w.Department.Matrix.Values[0], "1") },
		"empty workbook":  func(w *Workbook) { *w = Workbook{} },
	} {
		t.Run(name, func(t *testing.T) {
			w := Reference()
			mutate(w)
			if _, err := w.Bytes(); err == nil {
				t.Error("Bytes succeeded")
			}
		})
	}
}

func TestSeveralProjects(t *testing.T) {
	w := Reference()
	second := Reference().Projects[0]
	second.SheetName = ""
	second.Indicators[0].Score = "14"
	w.Projects[0].SheetName = ""
	w.Projects = append(w.Projects, second)
	w.Department = nil
	_, l, f := build(t, w)
	if got := strings.Join(f.GetSheetList(), ","); got != "部门整体支出绩效评价评分表,项目支出绩效自评表,项目支出绩效自评表2" {
		t.Fatalf("sheets %s", got)
	}
	if p := l["project[1].row[0].score"]; p.String() != "项目支出绩效自评表2!H13" {
		t.Errorf("project[1].row[0].score at %s", p)
	}
}

func TestSumFormula(t *testing.T) {
	for _, c := range []struct {
		in   []coord
		want string
	}{
		{[]coord{{3, 16}, {4, 16}, {5, 16}, {6, 16}}, "SUM(C16:F16)"},
		{[]coord{{6, 16}, {3, 16}, {5, 16}}, "SUM(C16,E16:F16)"},
		{[]coord{{9, 4}, {9, 5}, {9, 7}}, "SUM(I4:I5,I7)"},
		{[]coord{{2, 1}, {3, 2}}, "SUM(B1,C2)"},
	} {
		if got := sumFormula(c.in); got != c.want {
			t.Errorf("sumFormula(%v) = %s, want %s", c.in, got, c.want)
		}
	}
}
