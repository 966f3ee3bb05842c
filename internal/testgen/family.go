package testgen

import (
	"fmt"
	"strconv"
)

// Family is a real bureau's form layout, as testdata/real/README.md §2
// names them. The reference family (the Guangzhou forms, and the national
// 10号 project form F1) is written from Department, ScoreSheet and Project;
// the others from a FamilyForm.
type Family string

// The families a FamilyForm is written in.
const (
	// FamilyF3 is the Hubei / 保山 20/80 project form: a fund block
	// 预算数（A）| 执行数（B）| 执行率（B/A）| 得分（20分*执行率） under
	// 预算执行情况（万元）（20分）, then 年度绩效目标（80分） with scores
	// only (no 分值 column), parent rows summing their children, and 总分.
	FamilyF3 Family = "F3"
	// FamilyF5 is the Chongqing flat department list: 自评总分(分) in the
	// header, a fund block 年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率
	// (a bare number such as 79.27) | 执行率权重 | 执行率得分, and indicators
	// 指标名称 | 计量单位 | 指标性质 | 指标值 | 指标权重(分) | 全年完成值 |
	// 指标得分(分) with no 一级 or 二级.
	FamilyF5 Family = "F5"
	// FamilyF6 is the Hunan 53号 department scoring table: 一级 | 二级 | 三级
	// | 评分标准 | 分值 | 自评得分 | 扣分原因和其他说明, weights in the merged
	// 一级 and 二级 labels (投 入（15分）), and a 合计 row.
	FamilyF6 Family = "F6"
)

// FamilyForm is one sheet in a Family's layout. Values are written as
// given: a number such as "2.16" becomes a number cell, anything else a
// text cell, "" a blank one.
type FamilyForm struct {
	Family Family
	// SheetName defaults to the family's own: 自评表 (F3), 部门整体绩效自评表
	// (F5), 自评评分表 (F6).
	SheetName string
	// Title is the first row; empty gives the family's own.
	Title string
	// Funds are the fund block's lines (F3, F5); F3 reads Adjusted (预算数),
	// Executed, Rate and Score, F5 all but Score on lines after the first.
	// A Rate is written as given: "0.1077" with a percent format in F3, the
	// bare number "79.27" in F5.
	Funds []FundLine
	// Rows are the 三级 rows in order. F3 reads Level1, Level2, Level3,
	// Target, Actual and Score; F5 Level3, Unit, Nature, Target, Weight,
	// Actual and Score; F6 Level1, Level2, Level3, Rule, Weight, Score and
	// Reason.
	Rows []FamilyRow
	// TotalWeight and TotalScore are the 总分 or 合计 row's values (F3 has
	// no weight; F5 has no total row).
	TotalWeight, TotalScore string
	// Declared is the 自评总分 in the header (F5).
	Declared string
}

// FamilyRow is one 三级 row of a FamilyForm.
type FamilyRow struct {
	Level1, Level2, Level3 string
	Rule                   string
	Unit, Nature           string
	Target, Actual         string
	Weight, Score          string
	Reason                 string
}

// family lays out the n-th FamilyForm of the workbook. Its Layout keys are
// family[n].fund[i|label].adjusted (and .initial, .executed, .rate,
// .weight, .score), family[n].row[i|三级].score (and .weight, .target,
// .actual, .rule), family[n].total.weight, family[n].total.score and
// family[n].declared.
func (b *builder) family(n int, f *FamilyForm) error {
	pre := "family[" + strconv.Itoa(n) + "]"
	switch f.Family {
	case FamilyF3:
		return b.familyF3(pre, f)
	case FamilyF5:
		return b.familyF5(pre, f)
	case FamilyF6:
		return b.familyF6(pre, f)
	}
	return fmt.Errorf("testgen: unknown family %q", f.Family)
}

// familySheet starts the grid of a FamilyForm with its title over width
// columns.
func (b *builder) familySheet(f *FamilyForm, name, title string, width int) (*grid, error) {
	if f.SheetName != "" {
		name = f.SheetName
	}
	if f.Title != "" {
		title = f.Title
	}
	g, err := b.newGrid(name)
	if err != nil {
		return nil, err
	}
	b.put(g, 1, 1, title, roleLabel)
	b.merge(g, 1, 1, width, 1)
	return g, nil
}

// familyRows writes the 一级 and 二级 columns of rows from row first, and
// returns each row's key bases.
func (b *builder) familyRows(g *grid, pre string, col1, col2, first int, rows []FamilyRow) [][]string {
	l1 := make([]string, len(rows))
	l2 := make([]string, len(rows))
	keys := make([][]string, len(rows))
	for i, r := range rows {
		l1[i], l2[i] = r.Level1, r.Level2
		keys[i] = bases(pre+".row", i, r.Level3)
	}
	g1, g2 := levelGroups(l1, l2)
	if col1 > 0 {
		b.levelColumn(g, col1, first, l1, g1, func(i int) []string { return suffixed(keys[i], ".level1") })
	}
	if col2 > 0 {
		b.levelColumn(g, col2, first, l2, g2, func(i int) []string { return suffixed(keys[i], ".level2") })
	}
	return keys
}

// familyF3 lays out the 20/80 form (longyang-2022-project).
func (b *builder) familyF3(pre string, f *FamilyForm) error {
	g, err := b.familySheet(f, "自评表", "项目支出绩效自评表", 7)
	if err != nil {
		return err
	}
	b.put(g, 1, 2, "项目名称", roleLabel)
	b.put(g, 2, 2, "示范项目补助资金", rolePlain)
	b.merge(g, 2, 2, 7, 2)
	r := 3
	b.put(g, 1, r, "预算执行情况（万元）（20分）", roleLabel, pre+".fund.label")
	b.merge(g, 1, r, 1, r+len(f.Funds))
	for j, h := range []string{"预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）"} {
		b.put(g, 4+j, r, h, roleLabel)
	}
	b.merge(g, 2, r, 3, r)
	r++
	for k, l := range f.Funds {
		ks := bases(pre+".fund", k, l.Label)
		b.put(g, 2, r, l.Label, roleLabel, suffixed(ks, ".label")...)
		b.merge(g, 2, r, 3, r)
		b.put(g, 4, r, l.Adjusted, roleAmount, suffixed(ks, ".adjusted")...)
		b.put(g, 5, r, l.Executed, roleAmount, suffixed(ks, ".executed")...)
		b.put(g, 6, r, l.Rate, roleRate, suffixed(ks, ".rate")...)
		b.put(g, 7, r, l.Score, roleScore, suffixed(ks, ".score")...)
		r++
	}
	b.put(g, 1, r, "年度绩效目标（80分）", roleLabel)
	b.merge(g, 1, r, 1, r+len(f.Rows))
	for j, h := range []string{"一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"} {
		b.put(g, 2+j, r, h, roleLabel)
	}
	r++
	keys := b.familyRows(g, pre, 2, 3, r, f.Rows)
	for i, row := range f.Rows {
		b.put(g, 4, r+i, row.Level3, roleLabel, suffixed(keys[i], ".level3")...)
		b.put(g, 5, r+i, row.Target, rolePlain, suffixed(keys[i], ".target")...)
		b.put(g, 6, r+i, row.Actual, rolePlain, suffixed(keys[i], ".actual")...)
		b.put(g, 7, r+i, row.Score, rolePlain, suffixed(keys[i], ".score")...)
	}
	r += len(f.Rows)
	b.put(g, 1, r, "总分", roleLabel, pre+".total.label")
	b.merge(g, 1, r, 6, r)
	b.put(g, 7, r, f.TotalScore, roleScore, pre+".total.score")
	return nil
}

// familyF5 lays out the flat department list (liangping-2023-dept).
func (b *builder) familyF5(pre string, f *FamilyForm) error {
	g, err := b.familySheet(f, "部门整体绩效自评表", "部门整体绩效自评表", 9)
	if err != nil {
		return err
	}
	b.put(g, 1, 2, "主管部门", roleLabel)
	b.put(g, 2, 2, "某区林业局", rolePlain)
	b.merge(g, 2, 2, 3, 2)
	b.put(g, 8, 2, "自评总分(分)", roleLabel, pre+".declared.label")
	b.put(g, 9, 2, f.Declared, roleAmount, pre+".declared")
	r := 3
	b.put(g, 1, r, "部门预算执行情况(万元)", roleLabel, pre+".fund.label")
	b.merge(g, 1, r, 1, r+len(f.Funds))
	for j, h := range []string{"年初预算数", "全年(调整)预算数", "全年执行数", "执行率", "执行率权重", "执行率得分"} {
		b.put(g, 3+j, r, h, roleLabel)
	}
	b.merge(g, 8, r, 9, r)
	r++
	last := r + len(f.Funds) - 1
	for k, l := range f.Funds {
		ks := bases(pre+".fund", k, l.Label)
		b.put(g, 2, r, l.Label, roleLabel, suffixed(ks, ".label")...)
		b.put(g, 3, r, l.Initial, roleAmount, suffixed(ks, ".initial")...)
		b.put(g, 4, r, l.Adjusted, roleAmount, suffixed(ks, ".adjusted")...)
		b.put(g, 5, r, l.Executed, roleAmount, suffixed(ks, ".executed")...)
		if k == 0 { // the rate, its weight and its score span every line
			b.put(g, 6, r, l.Rate, roleAmount, suffixed(ks, ".rate")...)
			b.merge(g, 6, r, 6, last)
			b.put(g, 7, r, l.Weight, rolePlain, suffixed(ks, ".weight")...)
			b.merge(g, 7, r, 7, last)
			b.put(g, 8, r, l.Score, roleAmount, suffixed(ks, ".score")...)
			b.merge(g, 8, r, 9, last)
		}
		r++
	}
	b.put(g, 1, r, "绩效指标", roleLabel)
	b.merge(g, 1, r, 1, r+len(f.Rows))
	for j, h := range []string{"指标名称", "计量单位", "指标性质", "指标值", "指标权重(分)", "全年完成值", "指标得分(分)", "说明"} {
		b.put(g, 2+j, r, h, roleLabel)
	}
	r++
	for i, row := range f.Rows {
		ks := bases(pre+".row", i, row.Level3)
		b.put(g, 2, r, row.Level3, roleLabel, suffixed(ks, ".level3")...)
		b.put(g, 3, r, row.Unit, roleLabel, suffixed(ks, ".unit")...)
		b.put(g, 4, r, row.Nature, roleLabel, suffixed(ks, ".nature")...)
		b.put(g, 5, r, row.Target, rolePlain, suffixed(ks, ".target")...)
		b.put(g, 6, r, row.Weight, rolePlain, suffixed(ks, ".weight")...)
		b.put(g, 7, r, row.Actual, rolePlain, suffixed(ks, ".actual")...)
		b.put(g, 8, r, row.Score, rolePlain, suffixed(ks, ".score")...)
		b.put(g, 9, r, row.Reason, rolePlain, suffixed(ks, ".reason")...)
		r++
	}
	return nil
}

// familyF6 lays out the 53号 department scoring table (yueyang-gonglu-dept).
func (b *builder) familyF6(pre string, f *FamilyForm) error {
	g, err := b.familySheet(f, "自评评分表", "部门整体支出绩效自评评分表", 7)
	if err != nil {
		return err
	}
	b.put(g, 1, 2, "单位名称（盖章）：某市公路局", roleLabel)
	b.merge(g, 1, 2, 7, 2)
	for j, h := range []string{"一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分", "扣分原因和其他说明"} {
		b.put(g, 1+j, 3, h, roleLabel)
	}
	first := 4
	keys := b.familyRows(g, pre, 1, 2, first, f.Rows)
	var weights, scores []coord
	for i, row := range f.Rows {
		r := first + i
		b.put(g, 3, r, row.Level3, roleLabel, suffixed(keys[i], ".level3")...)
		b.put(g, 4, r, row.Rule, roleLabel, suffixed(keys[i], ".rule")...)
		weights = append(weights, b.put(g, 5, r, row.Weight, rolePlain, suffixed(keys[i], ".weight")...))
		scores = append(scores, b.put(g, 6, r, row.Score, rolePlain, suffixed(keys[i], ".score")...))
		b.put(g, 7, r, row.Reason, rolePlain, suffixed(keys[i], ".reason")...)
	}
	r := first + len(f.Rows)
	b.put(g, 1, r, "合计", roleLabel, pre+".total.label")
	b.merge(g, 1, r, 4, r)
	tw := b.put(g, 5, r, f.TotalWeight, rolePlain, pre+".total.weight")
	ts := b.put(g, 6, r, f.TotalScore, rolePlain, pre+".total.score")
	if len(f.Rows) > 0 {
		b.formula(g, tw, sumFormula(weights))
		b.formula(g, ts, sumFormula(scores))
	}
	return nil
}
