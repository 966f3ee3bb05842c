package template_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/template"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/jixiao-go/jixiao/xlsxwrite"
)

// TestBlankLayout reads each blank template back and checks its sheets, the
// labels at the reference workbook's addresses, the formulas and the number
// formats.
func TestBlankLayout(t *testing.T) {
	type cell struct {
		ref     string // Sheet!A1
		text    string // "" to skip
		formula string // "" for none
		percent bool
		places  int32 // -1 to skip
	}
	for _, tc := range []struct {
		form   template.Form
		sheets []string
		cells  []cell
	}{
		{template.Department, []string{template.DepartmentSheet, template.ScoreSheet}, []cell{
			{"部门整体支出绩效自评表!A1", "部门整体支出绩效自评表", "", false, -1},
			{"部门整体支出绩效自评表!A3", "部门名称", "", false, -1},
			{"部门整体支出绩效自评表!B7", "年初预算数", "", false, -1},
			{"部门整体支出绩效自评表!E7", "执行率", "", false, -1},
			{"部门整体支出绩效自评表!A10", "      上年结转资金", "", false, -1},
			{"部门整体支出绩效自评表!A12", "按支出性质分：基本支出", "", false, -1},
			{"部门整体支出绩效自评表!B8", "0", "SUM(B9:B11)", false, 2},
			{"部门整体支出绩效自评表!E9", "—", `IF(C9=0,"—",D9/C9)`, false, -1},
			{"部门整体支出绩效自评表!D16", "商品和服务支出", "", false, -1},
			{"部门整体支出绩效自评表!B17", "0", "SUM(C17:F17)", false, 2},
			{"部门整体支出绩效自评表!D19", "0", "SUM(D17:D18)", false, 2},
			{"部门整体支出绩效评价评分表!C3", "三级指标", "", false, -1},
			{"部门整体支出绩效评价评分表!A4", "履职效能（50分）", "", false, -1},
			{"部门整体支出绩效评价评分表!B4", "整体效能", "", false, -1},
			{"部门整体支出绩效评价评分表!A13", "管理效率（50分）", "", false, -1},
			{"部门整体支出绩效评价评分表!C13", "预算编制合理性", "", false, -1},
			{"部门整体支出绩效评价评分表!D13", "4", "", false, 0},
			{"部门整体支出绩效评价评分表!F24", "按完成比例计算得分，满分为止", "", false, -1},
			{"部门整体支出绩效评价评分表!D29", "50", "SUM(D4:D28)", false, 0},
			{"部门整体支出绩效评价评分表!I29", "0", "SUM(I4:I28)", false, 2},
			{"部门整体支出绩效评价评分表!A31", "履职效能得分", "", false, -1},
			{"部门整体支出绩效评价评分表!B31", "0", "SUM(I4:I12)", false, 2},
			{"部门整体支出绩效评价评分表!B32", "0", "SUM(I13:I28)", false, 2},
			{"部门整体支出绩效评价评分表!B33", "0", "I29", false, 2},
			{"部门整体支出绩效评价评分表!A34", "评价等级", "", false, -1},
		}},
		{template.Project, []string{template.ProjectSheet}, []cell{
			{"项目支出绩效自评表!A5", "项目资金（万元）", "", false, -1},
			{"项目支出绩效自评表!F5", "分值", "", false, -1},
			{"项目支出绩效自评表!C6", "0", "SUM(C7:C9)", false, 2},
			{"项目支出绩效自评表!F6", "10", "", false, 0},
			{"项目支出绩效自评表!G6", "—", `IF(D6=0,"—",E6/D6)`, false, -1},
			{"项目支出绩效自评表!H6", "—", `IF(ISNUMBER(G6),ROUND(MIN(G6,1)*F6,2),"—")`, false, -1},
			{"项目支出绩效自评表!G7", "—", "", false, -1},
			{"项目支出绩效自评表!D12", "三级指标", "", false, -1},
			{"项目支出绩效自评表!B13", "产出指标（50分）", "", false, -1},
			{"项目支出绩效自评表!C17", "时效指标", "", false, -1},
			{"项目支出绩效自评表!B19", "效益指标（30分）", "", false, -1},
			{"项目支出绩效自评表!B24", "满意度指标（10分）", "", false, -1},
			{"项目支出绩效自评表!A25", "总分", "", false, -1},
			{"项目支出绩效自评表!G25", "10", "SUM(G13:G24,F6)", false, 0},
			{"项目支出绩效自评表!H25", "0", "SUM(H13:H24,H6)", false, 2},
			{"项目支出绩效自评表!A26", "评价等级", "", false, -1},
		}},
	} {
		t.Run(string(tc.form), func(t *testing.T) {
			var buf bytes.Buffer
			if err := template.Write(&buf, tc.form); err != nil {
				t.Fatal(err)
			}
			wb, err := xlsx.OpenReaderAt(context.Background(), bytes.NewReader(buf.Bytes()), int64(buf.Len()), "blank.xlsx", xlsx.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, s := range wb.Sheets {
				names = append(names, s.Name)
			}
			if diff := cmp.Diff(tc.sheets, names); diff != "" {
				t.Errorf("sheets (-want +got):\n%s", diff)
			}
			for _, want := range tc.cells {
				sheet, a1, _ := strings.Cut(want.ref, "!")
				col, row, _ := xlsx.ParseA1(a1)
				s := wb.Sheet(sheet)
				if s == nil {
					t.Fatalf("no sheet %q", sheet)
				}
				c := s.Cell(col, row)
				if c == nil {
					t.Errorf("%s is empty", want.ref)
					continue
				}
				if want.text != "" && c.Text != want.text {
					t.Errorf("%s = %q, want %q", want.ref, c.Text, want.text)
				}
				if c.Formula != want.formula {
					t.Errorf("%s formula %q, want %q", want.ref, c.Formula, want.formula)
				}
				if want.places >= 0 && (c.Kind != xlsx.Number || c.Value.Places != want.places) {
					t.Errorf("%s shows %d places (kind %d), want a number with %d", want.ref, c.Value.Places, c.Kind, want.places)
				}
			}
		})
	}
}

// TestWriteDeterministic: the same form always gives the same bytes.
func TestWriteDeterministic(t *testing.T) {
	for _, f := range template.Forms() {
		var a, b bytes.Buffer
		if err := template.Write(&a, f); err != nil {
			t.Fatal(err)
		}
		if err := template.Write(&b, f); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two writes differ", f)
		}
	}
}

func TestUnknownForm(t *testing.T) {
	if err := template.Write(&bytes.Buffer{}, "school"); err == nil || !strings.Contains(err.Error(), "unknown form") {
		t.Errorf("Write(school) = %v, want an unknown-form error", err)
	}
}

// filled is what a department types into the blank forms: the figures of
// testdata/haizhu-kexie-2023.xlsx, the consistent reference workbook.
func filled(form template.Form) map[string]string {
	v := map[string]string{}
	put := func(sheet, col string, row int, s string) { v[sheet+"!"+col+strconv.Itoa(row)] = s }
	switch form {
	case template.Department:
		const d, sc = template.DepartmentSheet, template.ScoreSheet
		put(d, "A", 2, "（2023年度）")
		put(d, "B", 3, "广州市海珠区科学技术协会")
		for row, amt := range map[int]string{9: "283.79", 10: "0", 11: "0", 12: "236.79", 13: "47"} {
			for _, col := range []string{"B", "C", "D"} {
				put(d, col, row, amt)
			}
		}
		for i, amt := range []string{"144.1", "14.74", "77.95", "0"} {
			put(d, xlsx.ColumnName(3+i), 17, amt)
		}
		for i, amt := range []string{"0", "47", "0", "0"} {
			put(d, xlsx.ColumnName(3+i), 18, amt)
		}
		// The department's own 履职效能 indicators, in the rows left for them.
		const ratio = "按完成比例计算得分，满分为止"
		for i, r := range [][4]string{
			{"年度重点工作任务完成率", "8", "年度重点工作任务实际完成数/计划数×100%", ratio},
			{"科普活动开展场次", "6", "全年组织开展各类科普活动场次", ratio},
			{"全国科普日主场活动参与人次", "6", "全国科普日主场活动现场参与人次", ratio},
			{"“最美科技工作者”表彰人数", "5", "区“最美科技工作者”表彰人数", ratio},
			{"科协组织换届完成情况", "5", "按期完成区科协第十次换届选举", "按期完成得满分，未完成不得分"},
			{"琶洲科技论坛举办场次", "5", "全年举办琶洲科技论坛场次", ratio},
			{"新时代科普实践基地创建数量", "5", "全年新创建新时代科普实践基地数量", ratio},
			{"战略合作单位引入数量", "5", "引入学术提升、产业服务、法律服务等战略合作单位数量", ratio},
			{"服务对象满意度", "5", "科技工作者及参与活动公众满意度调查结果", ratio},
		} {
			for j, text := range r {
				put(sc, xlsx.ColumnName(3+j), 4+i, text)
			}
		}
		put(sc, "A", 1, "2023年度部门整体支出绩效自评评分表")
		put(sc, "A", 2, "部门名称：广州市海珠区科学技术协会")
		for i, r := range [][4]string{
			{"100%", "100%", "8", ""},
			{"≥40场", "42场", "6", ""},
			{"≥6500人次", "6000人次", "5.54", "受场地容量限制，参与人次未达预期"},
			{"≥20名", "21名", "5", ""},
			{"按期完成", "按期完成", "5", ""},
			{"≥2场", "2场", "5", ""},
			{"≥12个", "10个", "4.17", "部分申报单位未达创建标准"},
			{"≥4个", "4个", "5", ""},
			{"≥95%", "90%", "4.74", "部分活动宣传覆盖不足"},
			{"合理", "合理", "4", ""},
			{"合理", "合理", "4", ""},
			{"100%", "100%", "4", ""},
			{"0%", "0%", "3", ""},
			{"100%", "100%", "4", ""},
			{"≤5%", "0%", "3", ""},
			{"按规定公开", "按规定公开", "2", ""},
			{"按规定公开", "按规定公开", "2", ""},
			{"按要求编报", "按要求编报", "2", ""},
			{"按要求开展", "年中监控有不足", "2", "年中预算绩效运行监控仍有不足"},
			{"客观完整", "部分佐证不足", "2.5", "预算管理和绩效管理仍需加强"},
			{"100%", "100%", "4", ""},
			{"规范", "规范", "3", ""},
			{"≥95%", "98%", "3", ""},
			{"≤100%", "86.5%", "3", ""},
			{"≤100%", "97.2%", "3", ""},
		} {
			row := 4 + i
			put(sc, "G", row, r[0])
			put(sc, "H", row, r[1])
			put(sc, "I", row, r[2])
			if r[3] != "" {
				put(sc, "J", row, r[3])
			}
		}
		put(sc, "B", 34, "优")
	case template.Project:
		const p = template.ProjectSheet
		put(p, "A", 2, "（2023年度）")
		put(p, "C", 3, "海珠区科普活动专项经费")
		put(p, "C", 4, "广州市海珠区科学技术协会")
		put(p, "G", 4, "广州市海珠区科学技术协会")
		for row, amt := range map[int]string{7: "47", 8: "0", 9: "0"} {
			for _, col := range []string{"C", "D", "E"} {
				put(p, col, row, amt)
			}
		}
		put(p, "B", 11, "全年开展科普活动不少于40场，惠及公众不少于6000人次，提升公民科学素质。")
		put(p, "F", 11, "全年开展科普活动42场，惠及公众6000人次。")
		// Seven of the twelve rows, under their 二级 indicators; the other
		// rows stay blank, as a department leaves the ones it does not need.
		for row, r := range map[int][6]string{
			13: {"科普活动场次", "≥40场", "42场", "15", "15", ""},
			14: {"惠及公众人次", "≥6000人次", "6000人次", "15", "15", ""},
			15: {"活动按计划完成率", "100%", "100%", "10", "10", ""},
			17: {"资金支付及时率", "100%", "100%", "10", "10", ""},
			20: {"公众科学素质提升", "有效提升", "有效提升", "15", "15", ""},
			23: {"科普阵地长效运行", "≥1年", "1年", "15", "15", ""},
			24: {"参与公众满意度", "≥95%", "92%", "10", "9.68", "部分场次现场秩序有待改进"},
		} {
			for i, s := range r {
				if s != "" {
					put(p, xlsx.ColumnName(4+i), row, s)
				}
			}
		}
		put(p, "G", 26, "优")
	}
	return v
}

// fill writes the blank form to a temporary directory and fills it in with
// values, changed by change.
func fill(t *testing.T, form template.Form, change map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	blank, out := filepath.Join(dir, "blank.xlsx"), filepath.Join(dir, "filled.xlsx")
	if err := template.WriteFile(blank, form); err != nil {
		t.Fatal(err)
	}
	values := filled(form)
	for k, v := range change {
		values[k] = v
	}
	if err := xlsxwrite.SetCells(blank, out, values); err != nil {
		t.Fatal(err)
	}
	return out
}

type scored struct{ Sheet, Kind, Score, Grade string }

func scores(rep *evaluation.Report) []scored {
	var out []scored
	for _, f := range rep.Forms {
		s := scored{Sheet: f.Sheet, Kind: string(f.Kind)}
		if f.Score != nil {
			s.Score = *f.Score
		}
		if f.Grade != nil {
			s.Grade = *f.Grade
		}
		out = append(out, s)
	}
	return out
}

type found struct{ Code, Severity, Cell string }

// notInfo lists the error and warning findings as Code, Severity, Sheet!Cell.
func notInfo(rep *evaluation.Report) []found {
	var out []found
	for _, f := range rep.Findings {
		if f.Severity != evaluation.SeverityInfo {
			out = append(out, found{f.Code, string(f.Severity), f.Sheet + "!" + f.Cell})
		}
	}
	return out
}

// TestFilledTemplateIsValid is the template's acceptance test: filled in
// with consistent figures it checks valid, with the reference's scores and
// grades, and nothing but info findings (the formulas it computed).
func TestFilledTemplateIsValid(t *testing.T) {
	for _, tc := range []struct {
		form template.Form
		want []scored
	}{
		{template.Department, []scored{
			{template.DepartmentSheet, "department", "", ""},
			{template.ScoreSheet, "score", "96.95", "优"},
		}},
		{template.Project, []scored{
			{template.ProjectSheet, "project", "99.68", "优"},
		}},
	} {
		t.Run(string(tc.form), func(t *testing.T) {
			rep, err := evaluation.Evaluate(context.Background(), fill(t, tc.form, nil), evaluation.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !rep.Valid {
				t.Error("filled template is not valid")
			}
			if diff := cmp.Diff([]found(nil), notInfo(rep)); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
			for _, f := range rep.Findings {
				if f.Code != evaluation.CodeComputedFormula {
					t.Errorf("unexpected info %s %s!%s: %s", f.Code, f.Sheet, f.Cell, f.Message)
				}
			}
			if diff := cmp.Diff(tc.want, scores(rep)); diff != "" {
				t.Errorf("forms (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFilledTemplateInconsistent plants one wrong figure in a filled
// template and expects the errors that name it.
func TestFilledTemplateInconsistent(t *testing.T) {
	for _, tc := range []struct {
		name   string
		form   template.Form
		change map[string]string
		want   []found
	}{
		{
			name:   "项目支出 budget off by 3",
			form:   template.Department,
			change: map[string]string{"部门整体支出绩效自评表!C13": "50"},
			// 基本支出 236.79 + 项目支出 50 ≠ the total 283.79 of the sources.
			want: []found{{"JX102", "error", "部门整体支出绩效自评表!C8"}},
		},
		{
			name:   "matrix cell typed as the department's whole 商品和服务支出",
			form:   template.Department,
			change: map[string]string{"部门整体支出绩效自评表!D17": "61.74"},
			// The matrix's formulas foot, so its totals part from the
			// budget block: 基本支出 283.79 against D12, 合计 330.79 against D8.
			want: []found{
				{"JX105", "error", "部门整体支出绩效自评表!B17"},
				{"JX105", "error", "部门整体支出绩效自评表!B19"},
			},
		},
		{
			name:   "project target missed, full marks kept",
			form:   template.Project,
			change: map[string]string{"项目支出绩效自评表!F13": "38场"},
			// 38场 misses ≥40场, yet H13 keeps its full 15: with no rule
			// printed, that alone is an error (a partial score would be a
			// person's judgement).
			want: []found{{"JX402", "error", "项目支出绩效自评表!H13"}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := evaluation.Evaluate(context.Background(), fill(t, tc.form, tc.change), evaluation.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Valid {
				t.Error("valid, want invalid")
			}
			if diff := cmp.Diff(tc.want, notInfo(rep)); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}
