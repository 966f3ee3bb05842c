package budget

import (
	"bytes"
	"context"
	"testing"

	"github.com/jixiao-go/jixiao/internal/badfile"
	"github.com/jixiao-go/jixiao/internal/label"
	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/jixiao-go/jixiao/xlsx"
)

func TestCanonicalUnitAndPower(t *testing.T) {
	tests := []struct {
		in, want string
		power    int32
	}{
		{"元", "元", 0}, {"千元", "千元", 3}, {"千", "千元", 3}, {"万元", "万元", 4}, {"万", "万元", 4},
		{"亿元", "亿元", 8}, {"亿", "亿元", 8},
	}
	for _, tt := range tests {
		if got := CanonicalUnit(tt.in); got != tt.want {
			t.Errorf("CanonicalUnit(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if p, ok := UnitPower(tt.in); !ok || p != tt.power {
			t.Errorf("UnitPower(%q) = %d, %v, want %d", tt.in, p, ok, tt.power)
		}
	}
	for _, in := range []string{"", "%", "场", "人次", "万人", "美元", "元元"} {
		if got := CanonicalUnit(in); got != "" {
			t.Errorf("CanonicalUnit(%q) = %q, want \"\"", in, got)
		}
		if _, ok := UnitPower(in); ok {
			t.Errorf("UnitPower(%q) reports an amount unit", in)
		}
	}
}

func TestUnitIn(t *testing.T) {
	tests := []struct {
		in   string
		want string
		bare bool
	}{
		{"单位：万元", "万元", false},
		{"单位:元", "元", false},
		{"金额单位：万元", "万元", false},
		{"单位：人民币万元", "万元", false},
		{"（单位：千元）", "千元", false},
		{"项目资金（万元）", "万元", false},
		{"年初预算数(万元)", "万元", false},
		{"年初预算数（元）", "元", false},
		{"一、年度部门整体支出预算执行情况（单位：万元）", "万元", false},
		{"单位（万元）", "万元", false},
		{"单位：", "", true},
		{"金额单位", "", true},
		// Not units of amounts.
		{"实施单位", "", false},
		{"主管单位：海珠区科协", "", false},
		{"二、支出经济分类情况（全年执行数）", "", false},
		{"执行率(%)", "", false},
		{"产出指标（50分）", "", false},
		{"万元", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		u, bare := unitIn(label.Normalize(tt.in))
		if u != tt.want || bare != tt.bare {
			t.Errorf("unitIn(%q) = %q, %v, want %q, %v", tt.in, u, bare, tt.want, tt.bare)
		}
	}
}

// openGenerated writes a testgen workbook and reads it back.
func openGenerated(t *testing.T, wb *testgen.Workbook) (*xlsx.Workbook, testgen.Layout) {
	t.Helper()
	book, layout, err := wb.Read()
	if err != nil {
		t.Fatal(err)
	}
	return book, layout
}

// unitAt is a detected unit and the cell it came from, "" when none.
type unitAt struct{ unit, cell string }

func detected(unit string, cell *xlsx.Cell) unitAt {
	if cell == nil {
		return unitAt{unit, ""}
	}
	return unitAt{unit, cell.Ref.String()}
}

func TestBlockUnits(t *testing.T) {
	const (
		deptUnit   = "dept.budget.unit"
		matrixUnit = "dept.matrix.unit"
		stub       = "project[0].fund.label"
	)
	tests := []struct {
		name  string
		style testgen.Style
		edit  func(*testgen.Workbook)
		// units and the layout keys of the cells that state them
		dept, deptKey     string
		matrix, matrixKey string
		proj, projKey     string
	}{
		{name: "reference", dept: "万元", deptKey: deptUnit, matrix: "万元", matrixKey: matrixUnit, proj: "万元", projKey: stub},
		{name: "offset", style: testgen.Style{Offset: testgen.Offset{Cols: 2, Rows: 2}},
			dept: "万元", deptKey: deptUnit, matrix: "万元", matrixKey: matrixUnit, proj: "万元", projKey: stub},
		{name: "transposed, split, half-width, unmerged",
			style: testgen.Style{TransposedBudget: true, SplitLabels: "\n", HalfWidth: true, Merges: testgen.MergeNone},
			dept:  "万元", deptKey: deptUnit, matrix: "万元", matrixKey: matrixUnit, proj: "万元", projKey: stub},
		{name: "金额单位：元", edit: func(w *testgen.Workbook) { w.Department.Unit = "金额单位：元" },
			dept: "元", deptKey: deptUnit, matrix: "元", matrixKey: matrixUnit, proj: "万元", projKey: stub},
		{name: "千元 in brackets", edit: func(w *testgen.Workbook) { w.Department.Unit = "（单位：千元）" },
			dept: "千元", deptKey: deptUnit, matrix: "千元", matrixKey: matrixUnit, proj: "万元", projKey: stub},
		{name: "none stated", edit: func(w *testgen.Workbook) { w.Department.Unit = "" },
			proj: "万元", projKey: stub},
		{name: "not a unit", edit: func(w *testgen.Workbook) { w.Department.Unit = "实施单位" },
			proj: "万元", projKey: stub},
		{name: "unit in a header label", edit: func(w *testgen.Workbook) { w.Department.Unit = "" },
			style: testgen.Style{AdjustedWord: "全年预算数（元）"},
			dept:  "元", deptKey: "dept.budget.header.adjusted", proj: "万元", projKey: stub},
		{name: "unit in a line label",
			edit: func(w *testgen.Workbook) {
				w.Department.Unit = ""
				w.Department.Lines[4].Label = "      项目支出（元）"
			},
			// The matrix's search upwards stops at the numbers of the
			// budget block's last line: it does not reach that label.
			dept: "元", deptKey: "dept.line[4].label", proj: "万元", projKey: stub},
		{name: "unit in the matrix title only",
			edit: func(w *testgen.Workbook) {
				w.Department.Unit = ""
				w.Department.Matrix.Title = "二、支出经济分类情况（单位：元）"
			},
			matrix: "元", matrixKey: "dept.matrix.title", proj: "万元", projKey: stub},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wb := testgen.Reference()
			wb.Style = tt.style
			if tt.edit != nil {
				tt.edit(wb)
			}
			book, layout := openGenerated(t, wb)
			at := func(unit, key string) unitAt {
				if key == "" {
					return unitAt{unit, ""}
				}
				return unitAt{unit, layout[key].String()}
			}
			dept := book.Sheet("部门整体支出绩效自评表")
			funds, err := ParseFunds(dept, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := detected(funds.Unit, funds.UnitCell), at(tt.dept, tt.deptKey); got != want {
				t.Errorf("budget block unit = %+v, want %+v", got, want)
			}
			matrix, err := ParseMatrix(dept, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := detected(matrix.Unit, matrix.UnitCell), at(tt.matrix, tt.matrixKey); got != want {
				t.Errorf("matrix unit = %+v, want %+v", got, want)
			}
			project, err := ParseFunds(book.Sheet("项目支出绩效自评表"), nil)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := detected(project.Unit, project.UnitCell), at(tt.proj, tt.projKey); got != want {
				t.Errorf("project fund unit = %+v, want %+v", got, want)
			}
		})
	}
}

// A 单位 label may hold only the word, with the unit in the next cell; a
// number between the label and the block ends the search.
func TestUnitInTheNextCell(t *testing.T) {
	block := `<row r="3"><c r="A3" t="inlineStr"><is><t>项目</t></is></c><c r="B3" t="inlineStr"><is><t>年初预算数</t></is></c>` +
		`<c r="C3" t="inlineStr"><is><t>全年预算数</t></is></c><c r="D3" t="inlineStr"><is><t>全年执行数</t></is></c></row>` +
		`<row r="4"><c r="A4" t="inlineStr"><is><t>年度资金总额</t></is></c><c r="B4"><v>1</v></c><c r="C4"><v>1</v></c><c r="D4"><v>1</v></c></row>`
	tests := []struct {
		name, rows string
		want       unitAt
	}{
		{"unit in the next cell",
			`<row r="1"><c r="C1" t="inlineStr"><is><t>单位：</t></is></c><c r="D1" t="inlineStr"><is><t>人民币万元</t></is></c></row>`,
			unitAt{"万元", "S!C1"}},
		{"a number between",
			`<row r="1"><c r="C1" t="inlineStr"><is><t>单位：元</t></is></c></row><row r="2"><c r="A2"><v>7</v></c></row>`,
			unitAt{}},
		{"next cell not a unit",
			`<row r="1"><c r="C1" t="inlineStr"><is><t>单位</t></is></c><c r="D1" t="inlineStr"><is><t>海珠区科协</t></is></c></row>`,
			unitAt{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: tt.rows + block}}}.Bytes()
			book, err := xlsx.OpenReaderAt(context.Background(), bytes.NewReader(data), int64(len(data)), "b.xlsx", xlsx.Options{})
			if err != nil {
				t.Fatal(err)
			}
			funds, err := ParseFunds(book.Sheet("S"), nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := detected(funds.Unit, funds.UnitCell); got != tt.want {
				t.Errorf("unit = %+v, want %+v", got, tt.want)
			}
		})
	}
}
