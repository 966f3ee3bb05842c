package xlsx_test

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jixiao-go/jixiao/internal/badfile"
	"github.com/jixiao-go/jixiao/xlsx"
)

// xmlEscape escapes text for an element's content.
func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// calcData is row 1 of the sheet the formula tests compute on:
// B1 2, C1 3, D1 the text "abc", E1 the text "5", F1 TRUE, G1 #DIV/0!,
// H1 blank, I1 1.5, J1 -2.5, K1 a formula saved without its result that
// jixiao does not compute, L1 a formula whose saved result is 5.
const calcData = `<row r="1"><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c>` +
	`<c r="D1" t="s"><v>0</v></c><c r="E1" t="s"><v>1</v></c><c r="F1" t="b"><v>1</v></c>` +
	`<c r="G1" t="e"><v>#DIV/0!</v></c><c r="I1"><v>1.5</v></c><c r="J1"><v>-2.5</v></c>` +
	`<c r="K1"><f>REPT("x",1E9)</f></c><c r="L1"><f>1+1</f><v>5</v></c></row>`

// calcBook is a workbook with calcData on sheet S, the formulas in row 3
// of S from column A on, and the sheets "My Sheet" (A1 10, B2 20) and T
// (A1 100).
func calcBook(formulas ...string) []byte {
	var row strings.Builder
	row.WriteString(`<row r="3">`)
	for i, f := range formulas {
		fmt.Fprintf(&row, `<c r="%s3"><f>%s</f></c>`, badfile.ColumnName(i+1), xmlEscape(f))
	}
	row.WriteString(`</row>`)
	return badfile.Book{
		SharedStrings: []string{"abc", "5"},
		Sheets: []badfile.Sheet{
			{Name: "S", Data: calcData + row.String()},
			{Name: "My Sheet", Data: `<row r="1"><c r="A1"><v>10</v></c></row><row r="2"><c r="B2"><v>20</v></c></row>`},
			{Name: "T", Data: `<row r="1"><c r="A1"><v>100</v></c></row>`},
		},
	}.Bytes()
}

// calcWant is what a formula cell reads as: its text, or its failure.
type calcWant struct {
	text string
	fail xlsx.CalcFailure
}

func computed(text string) calcWant        { return calcWant{text: text} }
func failed(f xlsx.CalcFailure) calcWant   { return calcWant{fail: f} }
func (w calcWant) String() string          { return fmt.Sprintf("%q/%v", w.text, w.fail) }
func gotCalc(c *xlsx.Cell) calcWant        { return calcWant{text: c.Text, fail: c.CalcFailure} }
func checkCalcCell(c *xlsx.Cell) (ok bool) { return c.Computed == (c.CalcFailure == xlsx.CalcOK) }

func TestFormulaEvaluation(t *testing.T) {
	tests := []struct {
		formula string
		want    calcWant
	}{
		// Operators and precedence.
		{"1+2*3", computed("7")},
		{"(1+2)*3", computed("9")},
		{"10-4-3", computed("3")},
		{"-2^2", computed("4")},
		{"0-2^2", computed("-4")},
		{"2^3^2", computed("64")},
		{"2^-1", computed("0.5")},
		{"2^0", computed("1")},
		{"0^0", computed("#NUM!")},
		{"0^-1", computed("#DIV/0!")},
		{"10^400", computed("#NUM!")},
		{"2^0.5", failed(xlsx.CalcUnsupported)},
		{"50%", computed("0.5")},
		{"B1%", computed("0.02")},
		{"200%%", computed("0.02")},
		{"-B1", computed("-2")},
		{"--B1", computed("2")},
		{"+B1", computed("2")},
		{"10/4", computed("2.5")},
		{"1/3", computed("0.333333333333333")},
		{"2/3", computed("0.666666666666667")},
		{"1/3*3", computed("1")},
		{"1E3", computed("1000")},
		{".5+.5", computed("1")},
		{"1E20*10", computed("1E+21")},
		{"1/1E10", computed("1E-10")},
		{"123456789012345678", computed("1.23456789012346E+17")},
		{"((((1))))", computed("1")},
		// Division by zero, blanks, text, truth values, errors.
		{"1/0", computed("#DIV/0!")},
		{"B1/H1", computed("#DIV/0!")},
		{"H1+1", computed("1")},
		{"H1", computed("0")},
		{"D1+1", computed("#VALUE!")},
		{"E1+1", computed("6")},
		{"F1+1", computed("2")},
		{"G1+1", computed("#DIV/0!")},
		{"1+G1+D1", computed("#DIV/0!")},
		{"D1+G1", computed("#VALUE!")},
		{"#N/A", computed("#N/A")},
		{"#REF!+1", computed("#REF!")},
		{`"x"`, computed("x")},
		{`"say ""hi"""`, computed(`say "hi"`)},
		{"TRUE", computed("TRUE")},
		{"L1*2", computed("10")},
		// Comparisons.
		{"B1=2", computed("TRUE")},
		{"B1<>2", computed("FALSE")},
		{"B1>=C1", computed("FALSE")},
		{"B1<=C1", computed("TRUE")},
		{`D1="ABC"`, computed("TRUE")},
		{"B1<D1", computed("TRUE")},
		{"D1<F1", computed("TRUE")},
		{"H1=0", computed("TRUE")},
		{`H1=""`, computed("TRUE")},
		{"H1=FALSE", computed("TRUE")},
		{"G1=1", computed("#DIV/0!")},
		// Ranges and aggregates: references skip text and truth values.
		{"SUM(B1:F1)", computed("5")},
		{"SUM(B1:G1)", computed("#DIV/0!")},
		{"SUM(B1:C1,I1:J1)", computed("4")},
		{`SUM(B1,E1,"5",TRUE)`, computed("8")},
		{`SUM("abc")`, computed("#VALUE!")},
		{"SUM(1:1)", computed("#DIV/0!")},
		{"SUM(B2:XFD2)", computed("0")},
		{"SUM('My Sheet'!A3:XFD1048576)", computed("0")},
		{"SUM('My Sheet'!1:2)+SUM('My Sheet'!$A:$B)", computed("60")},
		{"SUM(C1:B1)", computed("5")},
		{"SUM($B$1:$C1)", computed("5")},
		{"sum(b1:c1)", computed("5")},
		{"_xlfn.SUM(B1)", computed("2")},
		{"SUM(K1)", failed(xlsx.CalcPrecedent)},
		{"AVERAGE(B1:C1)", computed("2.5")},
		{"AVERAGE(D1)", computed("#DIV/0!")},
		{"AVERAGE(B1,C1,I1)", computed("2.16666666666667")},
		{"MIN(B1:C1,I1)", computed("1.5")},
		{"MAX(I1:J1)", computed("1.5")},
		{"MAX(B1:J1)", computed("#DIV/0!")},
		{"MIN(H1)", computed("0")},
		{"MIN(D1,B1)", computed("2")},
		{"COUNT(B1:J1)", computed("4")},
		{`COUNT(1,"2","x",TRUE,#N/A)`, computed("3")},
		{"COUNTA(B1:J1)", computed("8")},
		{"PRODUCT(B1:C1)", computed("6")},
		{"PRODUCT(D1)", computed("0")},
		{"SUMPRODUCT(B1:C1,I1:J1)", computed("-4.5")},
		{"SUMPRODUCT(B1:C1,I1:I2)", computed("#VALUE!")},
		{"SUMPRODUCT(B1:F1,B1:F1)", computed("13")},
		{"SUMPRODUCT(B1:XFD1048576,B1:XFD1048576)", computed("#DIV/0!")},
		{"SUMPRODUCT(T!B1:XFC1048576,T!C1:XFD1048576)", computed("0")},
		{"SUMPRODUCT(T!A:A,T!A:A)", computed("10000")},
		// Rounding: half away from zero, as Excel.
		{"ROUND(2.5,0)", computed("3")},
		{"ROUND(-2.5,0)", computed("-3")},
		{"ROUND(1.005,2)", computed("1.01")},
		{"ROUND(2.345,2)", computed("2.35")},
		{"ROUND(1234,-2)", computed("1200")},
		{"ROUND(1.5,100)", computed("1.5")},
		{"ROUND(1.5,-1000)", computed("0")},
		{"ROUNDUP(1.001,2)", computed("1.01")},
		{"ROUNDUP(-1.001,2)", computed("-1.01")},
		{"ROUNDDOWN(-1.999,2)", computed("-1.99")},
		{"TRUNC(-1.7)", computed("-1")},
		{"TRUNC(1.789,1)", computed("1.7")},
		{"INT(-1.5)", computed("-2")},
		{"INT(1.5)", computed("1")},
		{"ABS(J1)", computed("2.5")},
		{"ROUND(D1,2)", computed("#VALUE!")},
		{"ROUND(1)", failed(xlsx.CalcUnsupported)},
		// Logic; IF computes only the branch taken.
		{`IF(B1>1,"yes","no")`, computed("yes")},
		{"IF(B1<1,1)", computed("FALSE")},
		{"IF(B1>1,7,K1)", computed("7")},
		{"IF(B1<1,7,K1)", failed(xlsx.CalcPrecedent)},
		{"IF(B1>1,H1,1)", computed("0")},
		{"IF(D1,1,2)", computed("#VALUE!")},
		{"IF(G1,1,2)", computed("#DIV/0!")},
		{"IF(B1,,1)", computed("0")},
		{"IFERROR(1/0,9)", computed("9")},
		{"IFERROR(B1,9)", computed("2")},
		{"IFERROR(K1,9)", failed(xlsx.CalcPrecedent)},
		{"AND(TRUE,B1>1)", computed("TRUE")},
		{"AND(B1:C1)", computed("TRUE")},
		{"AND(D1)", computed("#VALUE!")},
		{"OR(FALSE,0)", computed("FALSE")},
		{"OR(F1,0)", computed("TRUE")},
		{"NOT(0)", computed("TRUE")},
		{"ISNUMBER(B1)", computed("TRUE")},
		{"ISNUMBER(E1)", computed("FALSE")},
		{"ISNUMBER(G1)", computed("FALSE")},
		{"ISBLANK(H1)", computed("TRUE")},
		{"ISBLANK(B1)", computed("FALSE")},
		{"TRUE()", computed("TRUE")},
		{"FALSE()", computed("FALSE")},
		// Other sheets, quoted names, case.
		{"'My Sheet'!A1+'My Sheet'!B2", computed("30")},
		{"SUM('My Sheet'!A1:B2)", computed("30")},
		{"SUM('my sheet'!A:B)", computed("30")},
		{"T!A1*2", computed("200")},
		{"t!$A$1", computed("100")},
		{"Nope!A1", computed("#REF!")},
		{"T!#REF!", computed("#REF!")},
		// Not computed.
		{"B1:C1", failed(xlsx.CalcUnsupported)},
		{"B1:C1*2", failed(xlsx.CalcUnsupported)},
		{"B1:B1", computed("2")},
		{"B1 C1", failed(xlsx.CalcUnsupported)},
		{"{1,2}", failed(xlsx.CalcUnsupported)},
		{"MyName", failed(xlsx.CalcUnsupported)},
		{"MyName*2", failed(xlsx.CalcUnsupported)},
		{`REPT("x",3)`, failed(xlsx.CalcUnsupported)},
		{`B1&C1`, failed(xlsx.CalcUnsupported)},
		{`LEN(B1)`, failed(xlsx.CalcUnsupported)},
		{`VLOOKUP(B1,B1:C1,2,0)`, failed(xlsx.CalcUnsupported)},
		{"SUM(", failed(xlsx.CalcUnsupported)},
		{"1+", failed(xlsx.CalcUnsupported)},
		{"(1", failed(xlsx.CalcUnsupported)},
		{"1)", failed(xlsx.CalcUnsupported)},
		{`"abc`, failed(xlsx.CalcUnsupported)},
		{"[1]Sheet1!A1", failed(xlsx.CalcUnsupported)},
		{"Sheet1:Sheet2!A1", failed(xlsx.CalcUnsupported)},
		{"1E400", failed(xlsx.CalcUnsupported)},
		{"K1+1", failed(xlsx.CalcPrecedent)},
		{strings.Repeat("(", 200) + "1" + strings.Repeat(")", 200), failed(xlsx.CalcOverBudget)},
		{strings.Repeat("-", 200) + "1", failed(xlsx.CalcOverBudget)},
		{"1" + strings.Repeat("+1", 4200), failed(xlsx.CalcOverBudget)},
	}
	formulas := make([]string, len(tests))
	for i, tt := range tests {
		formulas[i] = tt.formula
	}
	wb, err := openBytes(t, calcBook(formulas...), xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := wb.Sheet("S")
	for i, tt := range tests {
		c := s.Cell(i+1, 3)
		if c == nil {
			t.Errorf("%s: no cell", tt.formula)
			continue
		}
		if got := gotCalc(c); got != tt.want {
			t.Errorf("=%.60s: got %v, want %v", tt.formula, got, tt.want)
		}
		if !checkCalcCell(c) {
			t.Errorf("=%.60s: Computed %v with CalcFailure %v", tt.formula, c.Computed, c.CalcFailure)
		}
		if tt.want.fail != xlsx.CalcOK && c.Kind != xlsx.Uncalculated {
			t.Errorf("=%.60s: Kind %v, want Uncalculated", tt.formula, c.Kind)
		}
	}
	if c := s.Cell(11, 1); c.CalcFailure != xlsx.CalcUnsupported {
		t.Errorf("K1: %v, want unsupported", c.CalcFailure)
	}
}

// Computed numbers read like stored ones: their places from the number
// format, or as written, and a percentage as its fraction.
func TestFormulaResultClassified(t *testing.T) {
	book := badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: `<row r="1"><c r="A1"><v>283.79</v></c><c r="B1"><v>301</v></c>` +
		`<c r="C1" s="2"><f>A1/B1</f></c><c r="D1" s="1"><f>A1/B1</f></c><c r="E1"><f>A1/B1</f></c><c r="F1" s="1"><f>B1&gt;A1</f></c></row>`}}}
	wb, err := openBytes(t, book.Bytes(), xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := wb.Sheets[0]
	for _, tt := range []struct {
		a1, text, value string
		percent         bool
		kind            xlsx.Kind
	}{
		{"C1", "0.942823920265781", "0.9428", true, xlsx.Number},
		{"D1", "0.942823920265781", "0.94", false, xlsx.Number},
		{"E1", "0.942823920265781", "0.942823920265781", false, xlsx.Number},
		{"F1", "TRUE", "0", false, xlsx.Text},
	} {
		col, row, _ := xlsx.ParseA1(tt.a1)
		c := s.Cell(col, row)
		if c.Text != tt.text || c.Kind != tt.kind || c.Value.String() != tt.value || c.Percent != tt.percent || !c.Computed {
			t.Errorf("%s: %+v, want %s, value %s, percent %v", tt.a1, c, tt.text, tt.value, tt.percent)
		}
	}
}

// The formula cycle of issue 12: D8 = E8*C8, E8 = D8/C8, no cached values.
// Both are marked as a cycle, a cell that refers to one of them as
// depending on a failure, and the sheet's Figure says NotComputed.
func TestFormulaCycle(t *testing.T) {
	book := badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: `<row r="8"><c r="C8"><v>4</v></c>` +
		`<c r="D8"><f>E8*C8</f></c><c r="E8"><f>D8/C8</f></c><c r="F8"><f>D8+1</f></c><c r="G8"><f>G8</f></c>` +
		`<c r="H8"><f>SUM(H9:H10)</f></c></row><row r="9"><c r="H9"><f>H8*2</f></c></row>`}}}
	wb, err := openBytes(t, book.Bytes(), xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := wb.Sheets[0]
	for a1, want := range map[string]xlsx.CalcFailure{
		"D8": xlsx.CalcCycle, "E8": xlsx.CalcCycle, "F8": xlsx.CalcPrecedent, "G8": xlsx.CalcCycle,
		"H8": xlsx.CalcCycle, "H9": xlsx.CalcCycle,
	} {
		col, row, _ := xlsx.ParseA1(a1)
		c := s.Cell(col, row)
		if c.CalcFailure != want || c.Kind != xlsx.Uncalculated || c.Text != "" || c.Computed {
			t.Errorf("%s: %+v, want %v", a1, c, want)
		}
		fig := s.Figure(c.Ref)
		if fig.State != xlsx.NotComputed || fig.CalcFailure != want || fig.OK() {
			t.Errorf("%s: figure %+v, want NotComputed", a1, fig)
		}
	}
	d8 := s.Cell(4, 8)
	if got := d8.CalcReason("zh"); got != "公式引用自身（循环引用）" {
		t.Errorf("reason %q", got)
	}
	if got := d8.CalcReason("en"); got != "the formula refers to itself (circular reference)" {
		t.Errorf("reason %q", got)
	}
}

func TestCalcReason(t *testing.T) {
	for _, tt := range []struct {
		formula string
		fail    xlsx.CalcFailure
		zh, en  string
	}{
		{`REPT("x",1E9)`, xlsx.CalcUnsupported, "使用了 jixiao 不计算的函数 REPT", "the formula uses REPT, a function jixiao does not compute"},
		{`SUM(1,_xlfn.CONCAT(A1))`, xlsx.CalcUnsupported, "使用了 jixiao 不计算的函数 _XLFN.CONCAT", "the formula uses _XLFN.CONCAT, a function jixiao does not compute"},
		{`A1&B1`, xlsx.CalcUnsupported, "使用了 jixiao 不计算的写法 &", "the formula uses &, which jixiao does not compute"},
		{`1+`, xlsx.CalcUnsupported, "公式含 jixiao 不计算的写法", "the formula uses syntax jixiao does not compute"},
		{`SUM(A1:Z9)`, xlsx.CalcOverBudget, "超出计算预算", "over the calculation budget"},
		{`A1`, xlsx.CalcPrecedent, "公式引用的单元格也是未能计算的公式", "the formula refers to a cell whose formula could not be computed"},
		{`A1`, xlsx.CalcOK, "", ""},
	} {
		c := &xlsx.Cell{Formula: tt.formula, CalcFailure: tt.fail}
		if zh, en := c.CalcReason("zh"), c.CalcReason("en"); zh != tt.zh || en != tt.en {
			t.Errorf("%s, %v: %q, %q; want %q, %q", tt.formula, tt.fail, zh, en, tt.zh, tt.en)
		}
	}
	for f, want := range map[xlsx.CalcFailure]string{xlsx.CalcOK: "ok", xlsx.CalcUnsupported: "unsupported", xlsx.CalcOverBudget: "over-budget", xlsx.CalcCycle: "cycle", xlsx.CalcPrecedent: "precedent", 9: "CalcFailure(9)"} {
		if f.String() != want {
			t.Errorf("%d: %q, want %q", f, f.String(), want)
		}
	}
	if got := xlsx.CalcUnsupported.Reason("zh"); got != "公式含 jixiao 不计算的写法" {
		t.Errorf("Reason: %q", got)
	}
}

// chainRow is a row of n cells, each the next one plus 1, the last 1, none
// with a saved result.
func chainRow(n int) string {
	var b strings.Builder
	b.WriteString(`<row r="1">`)
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, `<c r="%s1"><f>%s1+1</f></c>`, badfile.ColumnName(i), badfile.ColumnName(i+1))
	}
	fmt.Fprintf(&b, `<c r="%s1"><f>1</f></c></row>`, badfile.ColumnName(n))
	return b.String()
}

func TestFormulaBudget(t *testing.T) {
	dense := func(rows, cols int) string {
		var b strings.Builder
		for r := 1; r <= rows; r++ {
			fmt.Fprintf(&b, `<row r="%d">`, r)
			for c := 1; c <= cols; c++ {
				fmt.Fprintf(&b, `<c r="%s%d"><v>1</v></c>`, badfile.ColumnName(c), r)
			}
			b.WriteString(`</row>`)
		}
		return b.String()
	}
	type want map[string]calcWant
	tests := []struct {
		name string
		data string
		opts xlsx.Options
		want want
	}{
		{"cells within the budget", dense(10, 10) + `<row r="20"><c r="A20"><f>SUM(A1:J10)</f></c></row>`, xlsx.Options{MaxCalcCells: 100},
			want{"A20": computed("100")}},
		{"cells over the budget, and every formula after", dense(10, 10) + `<row r="20"><c r="A20"><f>SUM(A1:J10)</f></c><c r="B20"><f>1+1</f></c></row>`, xlsx.Options{MaxCalcCells: 99},
			want{"A20": failed(xlsx.CalcOverBudget), "B20": failed(xlsx.CalcOverBudget)}},
		{"the budget counts across formulas", dense(10, 10) + `<row r="20"><c r="A20"><f>SUM(A1:J5)</f></c><c r="B20"><f>SUM(A6:J10)</f></c><c r="C20"><f>A1</f></c></row>`, xlsx.Options{MaxCalcCells: 100},
			want{"A20": computed("50"), "B20": computed("50"), "C20": failed(xlsx.CalcOverBudget)}},
		{"a computed formula is read, not computed again", dense(10, 10) + `<row r="20"><c r="A20"><f>SUM(A1:J10)</f></c><c r="B20"><f>A20+A20</f></c></row>`, xlsx.Options{MaxCalcCells: 102},
			want{"A20": computed("100"), "B20": computed("200")}},
		{"no limit", dense(10, 10) + `<row r="20"><c r="A20"><f>SUM(A1:J10)</f></c></row>`, xlsx.Options{MaxCalcCells: -1},
			want{"A20": computed("100")}},
		{"text bytes", `<row r="1"><c r="A1"><f>"abcdefgh"</f></c><c r="B1"><f>"abc"</f></c></row>`, xlsx.Options{MaxCalcBytes: 5},
			want{"A1": failed(xlsx.CalcOverBudget), "B1": failed(xlsx.CalcOverBudget)}},
		{"text bytes within", `<row r="1"><c r="A1"><f>"abcdefgh"</f></c><c r="B1"><f>"abc"</f></c></row>`, xlsx.Options{MaxCalcBytes: 11},
			want{"A1": computed("abcdefgh"), "B1": computed("abc")}},
		// A chain of 50: with a depth of 10, each formula computed from
		// the start of what is left fails 10 cells down, and the last
		// six are computed.
		{"chain deeper than the limit", chainRow(50), xlsx.Options{MaxCalcDepth: 10},
			want{"A1": failed(xlsx.CalcOverBudget), "K1": failed(xlsx.CalcOverBudget), "L1": failed(xlsx.CalcOverBudget),
				"AR1": failed(xlsx.CalcOverBudget), "AS1": computed("6"), "AX1": computed("1")}},
		{"chain within the limit", chainRow(50), xlsx.Options{},
			want{"A1": computed("50"), "AX1": computed("1")}},
		{"range clamped to the used area", `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="3"><c r="C3"><f>SUM(A1:XFD2)+SUM(A:B)+SUM(1:2)</f></c></row>`, xlsx.Options{MaxCalcCells: 12},
			want{"C3": computed("9")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			book := badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: tt.data}}}
			wb, err := openBytes(t, book.Bytes(), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			for a1, w := range tt.want {
				col, row, _ := xlsx.ParseA1(a1)
				c := wb.Sheets[0].Cell(col, row)
				if got := gotCalc(c); got != w || !checkCalcCell(c) {
					t.Errorf("%s: %v (computed %v), want %v", a1, got, c.Computed, w)
				}
			}
		})
	}
}

// A chain as long as the default depth allows is computed; one formula
// more is over the budget, and nothing blows the stack.
func TestFormulaDeepChain(t *testing.T) {
	const n = 12_000
	var b strings.Builder
	for r := 1; r < n; r++ {
		fmt.Fprintf(&b, `<row r="%d"><c r="A%d"><f>A%d+1</f></c></row>`, r, r, r+1)
	}
	fmt.Fprintf(&b, `<row r="%d"><c r="A%d"><v>0</v></c></row>`, n, n)
	book := badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: b.String()}}}
	wb, err := openBytes(t, book.Bytes(), xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := wb.Sheets[0]
	if c := s.Cell(1, 1); c.CalcFailure != xlsx.CalcOverBudget {
		t.Errorf("A1: %v, want over budget", c.CalcFailure)
	}
	if c := s.Cell(1, n-1); c.Text != "1" {
		t.Errorf("A%d: %q, want 1", n-1, c.Text)
	}
	wb, err = openBytes(t, book.Bytes(), xlsx.Options{MaxCalcDepth: n})
	if err != nil {
		t.Fatal(err)
	}
	if c := wb.Sheets[0].Cell(1, 1); c.Text != strconv.Itoa(n-1) {
		t.Errorf("A1 with depth %d: %+v, want %d", n, c, n-1)
	}
}

// A context that ends while formulas are computed makes Open return its
// error promptly.
func TestFormulaContext(t *testing.T) {
	var b strings.Builder
	for r := 1; r <= 400; r++ {
		fmt.Fprintf(&b, `<row r="%d"><c r="A%d"><v>1</v></c><c r="Z%d"><v>1</v></c><c r="AB%d"><f>SUM(A1:Z1000)</f></c></row>`, r, r, r, r)
	}
	book := badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: b.String()}}}.Bytes()
	opts := xlsx.Options{MaxCalcCells: -1}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	start := time.Now()
	wb, err := openCtx(t, ctx, book, opts)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("error %v, want the deadline's", err)
	}
	wantOpenErr(t, wb, err, context.DeadlineExceeded)
	if d := time.Since(start); d > time.Second {
		t.Errorf("returned after %v", d)
	}
	// Without the deadline the formulas are computed: the test is sound.
	wb, err = openCtx(t, context.Background(), book, opts)
	if err != nil {
		t.Fatal(err)
	}
	if c := wb.Sheets[0].Cell(28, 400); c.Text != "800" {
		t.Errorf("AB400 = %+v", c)
	}
}

// FuzzFormula: any formula text, without a saved result, on a small sheet
// with another formula that refers to it, reads without a panic, within
// bounded work, and either computed or marked with why not.
func FuzzFormula(f *testing.F) {
	for _, s := range []string{
		"SUM(B1:F1)", "-2^2", "IF(B1>1,\"a\",K1)", "'My Sheet'!A1+T!A1", "ROUND(1/3,2)", "SUMPRODUCT(B1:C1,I1:J1)",
		"A3+1", "REPT(\"x\",1E9)", "B1&C1", "SUM(A1:XFD1048576)", "((1)", "10^300*10^300", "AND(B1:J1)",
		"IFERROR(1/0,\"x\")", "COUNTA(1:1)", "$B$1*B$1%", "TRUNC(-1.5,-1)", "#DIV/0!", "\"a\"\"b\"", "{1}",
	} {
		f.Add(s)
	}
	opts := xlsx.Options{MaxCalcCells: 100_000}
	f.Fuzz(func(t *testing.T, formula string) {
		if strings.ContainsAny(formula, "\x00") || !utf8Valid(formula) {
			return
		}
		data := calcBook(formula, "A3*2")
		start := time.Now()
		wb, err := xlsx.OpenReaderAt(context.Background(), strings.NewReader(string(data)), int64(len(data)), "fuzz.xlsx", opts)
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("took %v", d)
		}
		if err != nil {
			// XML the formula text makes invalid (control characters).
			if !errors.Is(err, xlsx.ErrCorrupt) {
				t.Fatalf("error %v", err)
			}
			return
		}
		s := wb.Sheet("S")
		for col := 1; col <= 2; col++ {
			c := s.Cell(col, 3)
			if c == nil {
				t.Fatalf("no cell in column %d", col)
			}
			switch {
			case c.Computed && (c.CalcFailure != xlsx.CalcOK || c.Kind == xlsx.Uncalculated):
				t.Fatalf("%v: computed and %v, kind %v", c.Ref, c.CalcFailure, c.Kind)
			case !c.Computed && (c.CalcFailure == xlsx.CalcOK || c.Kind != xlsx.Uncalculated || c.Text != ""):
				t.Fatalf("%v: not computed, %v, kind %v, text %q", c.Ref, c.CalcFailure, c.Kind, c.Text)
			case !c.Computed && c.CalcReason("zh") == "":
				t.Fatalf("%v: no reason", c.Ref)
			case len(c.Text) > 4096:
				t.Fatalf("%v: %d bytes of text", c.Ref, len(c.Text))
			}
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "") == s }

// The crafted workbooks of issue 12 are read quickly, in little memory,
// with the right cells computed or marked, and a 10 ms deadline is
// answered promptly.
func TestCostlyFormulas(t *testing.T) {
	type want map[string]calcWant
	wants := map[string]want{
		"huge-sum":        {"XFD1": computed("465")},
		"wide-sum":        {"XFD1": computed("465")},
		"many-sums":       {"AB1": computed("500501"), "AB100": computed("500501"), "AB300": failed(xlsx.CalcOverBudget)},
		"referenced-rept": {"A1": failed(xlsx.CalcUnsupported), "B1": failed(xlsx.CalcPrecedent), "C1": failed(xlsx.CalcPrecedent)},
		"formula-cycle":   {"D8": failed(xlsx.CalcCycle), "E8": failed(xlsx.CalcCycle), "C8": computed("4")},
		"damaged-styles":  {"B1": computed("2"), "B20": computed("40")},
		"damaged-rels":    {"B1": computed("2"), "B20": computed("40")},
	}
	samples := badfile.CostlyFormulas()
	if len(samples) != len(wants) {
		t.Fatalf("%d samples, %d wants", len(samples), len(wants))
	}
	for _, sample := range samples {
		t.Run(sample.Name, func(t *testing.T) {
			if len(sample.Data) > 32<<10 {
				t.Errorf("%d bytes", len(sample.Data))
			}
			var wb *xlsx.Workbook
			var err error
			alloc := memDelta(func() { wb, err = openBytes(t, sample.Data, xlsx.Options{}) })
			if err != nil {
				t.Fatal(err)
			}
			if alloc > 64<<20 {
				t.Errorf("allocated %d MiB", alloc>>20)
			}
			s := wb.Sheets[0]
			for a1, w := range wants[sample.Name] {
				col, row, _ := xlsx.ParseA1(a1)
				c := s.Cell(col, row)
				if c == nil {
					t.Errorf("%s: no cell", a1)
					continue
				}
				if got := gotCalc(c); got != w || c.Formula != "" && !checkCalcCell(c) {
					t.Errorf("%s: %v, want %v", a1, got, w)
				}
			}
			// Every formula is computed to the same sum or over the budget.
			if sample.Name == "many-sums" {
				ok := 0
				for r := 1; r <= 300; r++ {
					switch c := s.Cell(28, r); {
					case c.Text == "500501":
						ok++
					case c.CalcFailure != xlsx.CalcOverBudget:
						t.Errorf("AB%d: %+v", r, c)
					}
				}
				t.Logf("%d of 300 sums computed within the budget", ok)
			}
			// A deadline of 10 ms, with no budget but time: the deadline's
			// error, promptly, unless the whole read took less.
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
			defer cancel()
			start := time.Now()
			wb, err = openCtx(t, ctx, sample.Data, xlsx.Options{MaxCalcCells: -1})
			elapsed := time.Since(start)
			switch {
			case err == nil && elapsed > 10*time.Millisecond+deadlineSlack():
				t.Errorf("read in %v, past the deadline, without error", elapsed)
			case err != nil:
				wantOpenErr(t, wb, err, context.DeadlineExceeded)
				if elapsed > time.Second {
					t.Errorf("deadline answered after %v", elapsed)
				}
			}
		})
	}
}

// deadlineSlack is how late a deadline may be noticed on a loaded machine.
func deadlineSlack() time.Duration {
	if raceEnabled() {
		return 500 * time.Millisecond
	}
	return 100 * time.Millisecond
}
