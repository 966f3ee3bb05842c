package narrative

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/jixiao-go/jixiao/internal/label"
	"github.com/shopspring/decimal"
)

// Kind is what a figure of a report states.
type Kind string

// The kinds of figure Extract reads.
const (
	// Budget is the budget of the whole: 预算金额, 预算数, 全年预算.
	Budget Kind = "budget"
	// Spent is what the whole spent: 支出为, 执行数, 决算数.
	Spent Kind = "spent"
	// Line is the amount of a line of funds or of spending: 基本支出,
	// 项目支出, 财政拨款 (Term is the budget line: basic, project, fiscal).
	Line Kind = "line"
	// Part is an amount in brackets after another (Term is the economic
	// class: salary, goods, households, capital, or the budget line).
	Part Kind = "part"
	// Rate is a percentage: 总支出率, 预算完成率, 执行率 (Term is the line it
	// is of, "total" when none is named).
	Rate Kind = "rate"
	// Score is the total score: 自评得分, 总分.
	Score Kind = "score"
	// Subscore is the score of a 一级 indicator: 履职效能得分 (Term is the
	// indicator's name).
	Subscore Kind = "subscore"
	// Count is a number of indicators: 8 个二级指标 (Term is 一级, 二级 or
	// 三级).
	Count Kind = "count"
	// Grade is the grade the report states (Text is 优, 良, 中 or 差).
	Grade Kind = "grade"
)

// Figure is one figure a report states, where it stands, and what it is
// of. Numbers keep the places they are written with, for rounding.
type Figure struct {
	Kind Kind
	// Term says what the figure is of; see the kinds.
	Term string
	// Label is the words before the number, normalised ("基本支出全年共支出").
	Label string
	// Value is the number, a percentage as its fraction (100% is 1), in
	// 万元 for amounts written in 元 or 亿元; Places the places written
	// (in the figure's own unit).
	Value  decimal.Decimal
	Places int32
	// Unit is the unit written: 万元, 元, 亿元, %, 分, 个.
	Unit string
	// Text is the figure as written, normalised: "236.79万元", or the grade.
	Text string
	// Paragraph is the paragraph's number, from 1; Sentence the sentence
	// the figure is in, as written.
	Paragraph int
	Sentence  string
	// Group is the 一级 indicator a Count is of, when the sentence says
	// so ("履职效能下设整体效能1个二级指标"); "" for the whole table.
	Group string
	// Parts are the amounts of the economic classes written right after an
	// amount of a line, in brackets ("236.79万元(工资福利支出144.10万元,…)")
	// or in a list after 其中 ("236.79万元,其中工资福利支出144.10万元、…").
	Parts []Figure
}

// Patterns on normalised sentences (label.Normalize: full-width folded,
// white space dropped). Compiled regular expressions are safe for
// concurrent use.
var (
	amountPattern = regexp.MustCompile(`(\p{Han}*)(\d+(?:\.\d+)?)(亿元|万元|元)`)
	ratePattern   = regexp.MustCompile(`(\p{Han}*)(\d+(?:\.\d+)?)%`)
	scorePattern  = regexp.MustCompile(`(\p{Han}*)(\d+(?:\.\d+)?)分`)
	countPattern  = regexp.MustCompile(`(\d+)个(一级|二级|三级)指标`)
	gradePattern  = regexp.MustCompile(`(?:评价|自评|绩效)(?:等级|结果|结论)(?:为|是|:)?["“]?(优秀|优|良好|良|中等|中|较差|差)`)
)

// maxSentenceRunes bounds a sentence read for figures.
const maxSentenceRunes = 2000

// Extract reads the figures a report states, paragraph by paragraph and
// sentence by sentence. A number whose words say nothing Extract knows is
// left out: it never guesses what a figure is of.
func Extract(doc *Document) []Figure {
	project := doc.Subject() == SubjectProject
	var out []Figure
	for i, para := range doc.Paragraphs {
		for _, sentence := range sentences(para) {
			if utf8.RuneCountInString(sentence) > maxSentenceRunes {
				continue
			}
			out = append(out, sentenceFigures(sentence, i+1, project)...)
		}
	}
	return out
}

// Subject is what a report evaluates: a department's whole spending, or
// one project.
type Subject string

// The subjects of a report.
const (
	SubjectDepartment Subject = "department"
	SubjectProject    Subject = "project"
)

// subjectParagraphs is how many paragraphs at the top of a report its title
// is looked for in.
const subjectParagraphs = 5

// Subject tells what the report evaluates from its title: a 项目 report
// (项目支出绩效自评报告, 项目绩效自评报告) evaluates one project; any other, the
// department's whole spending (部门整体支出绩效自评报告).
func (d *Document) Subject() Subject {
	for i, p := range d.Paragraphs {
		if i == subjectParagraphs {
			break
		}
		if strings.Contains(p, "部门整体") {
			return SubjectDepartment
		}
		if strings.Contains(p, "项目") && strings.Contains(p, "报告") {
			return SubjectProject
		}
	}
	return SubjectDepartment
}

// sentences splits a paragraph at 。；！？ and their half-width forms.
func sentences(para string) []string {
	return strings.FieldsFunc(para, func(r rune) bool { return strings.ContainsRune("。；;！？!?", r) })
}

// sentenceFigures reads the figures of one sentence.
func sentenceFigures(sentence string, paragraph int, project bool) []Figure {
	amountTerm := func(lbl string) (Kind, string, bool) { return amountTerm(lbl, project) }
	s := label.Normalize(sentence)
	var out []Figure
	at := func(f Figure) Figure {
		f.Paragraph, f.Sentence = paragraph, sentence
		return f
	}
	// Amounts, each with the amounts in brackets right after it.
	skipTo := 0
	for _, m := range amountPattern.FindAllStringSubmatchIndex(s, -1) {
		if m[0] < skipTo {
			continue
		}
		// A class after an amount of a line is one of its parts, as a list
		// after 其中 writes them: "基本支出236.79万元,其中工资福利支出144.10万元、…".
		if p, ok := amountFigure(s, m, partTerm); ok {
			if n := len(out); n > 0 && out[n-1].Kind == Line && strings.Contains(s[:m[4]], "其中") {
				out[n-1].Parts = append(out[n-1].Parts, at(p))
			}
			continue
		}
		f, ok := amountFigure(s, m, amountTerm)
		if !ok {
			continue
		}
		if m[1] < len(s) && s[m[1]] == '(' {
			if end := strings.IndexByte(s[m[1]:], ')'); end > 0 {
				inner := s[m[1]+1 : m[1]+end]
				for _, pm := range amountPattern.FindAllStringSubmatchIndex(inner, -1) {
					if p, ok := amountFigure(inner, pm, partTerm); ok {
						f.Parts = append(f.Parts, at(p))
					}
				}
				skipTo = m[1] + end
			}
		}
		out = append(out, at(f))
	}
	for _, m := range ratePattern.FindAllStringSubmatchIndex(s, -1) {
		lbl := trimLabel(s[m[2]:m[3]])
		term, ok := rateTerm(lbl, project)
		if !ok {
			continue
		}
		v, places, ok := number(s[m[4]:m[5]])
		if !ok {
			continue
		}
		out = append(out, at(Figure{Kind: Rate, Term: term, Label: lbl, Value: v.Shift(-2), Places: places + 2, Unit: "%", Text: s[m[4]:m[1]]}))
	}
	for _, m := range scorePattern.FindAllStringSubmatchIndex(s, -1) {
		lbl := trimLabel(s[m[2]:m[3]])
		kind, term, ok := scoreTerm(lbl)
		if !ok {
			continue
		}
		v, places, ok := number(s[m[4]:m[5]])
		if !ok {
			continue
		}
		out = append(out, at(Figure{Kind: kind, Term: term, Label: lbl, Value: v, Places: places, Unit: "分", Text: s[m[4]:m[1]]}))
	}
	for _, m := range countPattern.FindAllStringSubmatchIndex(s, -1) {
		if v, _, ok := number(s[m[2]:m[3]]); ok {
			clause := s[strings.LastIndexAny(s[:m[0]], ",:、")+1 : m[0]]
			group := ""
			if i := strings.Index(clause, "下设"); i > 0 {
				group = clause[:i]
			}
			out = append(out, at(Figure{Kind: Count, Term: s[m[4]:m[5]], Group: group, Label: s[m[4]:m[5]] + "指标", Value: v, Unit: "个", Text: s[m[0]:m[1]]}))
		}
	}
	if m := gradePattern.FindStringSubmatch(s); m != nil {
		out = append(out, at(Figure{Kind: Grade, Term: grade(m[1]), Label: "评价等级", Text: m[1]}))
	}
	return out
}

// amountFigure reads the amount of a match of amountPattern, in 万元, with
// the term its words give, or false when they give none.
func amountFigure(s string, m []int, termOf func(string) (Kind, string, bool)) (Figure, bool) {
	lbl := trimLabel(s[m[2]:m[3]])
	kind, term, ok := termOf(lbl)
	if !ok {
		return Figure{}, false
	}
	v, places, ok := number(s[m[4]:m[5]])
	if !ok {
		return Figure{}, false
	}
	unit := s[m[6]:m[7]]
	switch unit {
	case "元":
		v = v.Shift(-4)
	case "亿元":
		v = v.Shift(4)
	}
	return Figure{Kind: kind, Term: term, Label: lbl, Value: v, Places: places, Unit: unit, Text: s[m[4]:m[7]]}, true
}

// number reads a decimal literal and the places written.
func number(text string) (decimal.Decimal, int32, bool) {
	if len(text) > 20 {
		return decimal.Zero, 0, false
	}
	v, err := decimal.NewFromString(text)
	if err != nil {
		return decimal.Zero, 0, false
	}
	places := int32(0)
	if i := strings.IndexByte(text, '.'); i >= 0 {
		places = int32(len(text) - i - 1)
	}
	return v, places, true
}

// trimLabel drops the words around a subject that are not part of it:
// 其中, the 年 of a year, 全年共支出, and the verbs before a number (为, 是,
// 达到): "基本支出全年共支出" is 基本支出.
func trimLabel(s string) string {
	for {
		t := strings.TrimPrefix(s, "其中")
		t = strings.TrimPrefix(t, "主要包括")
		if rest, ok := strings.CutPrefix(t, "年"); ok && !strings.HasPrefix(rest, "度") && !strings.HasPrefix(rest, "初") {
			t = rest // "2023 年预算金额": the year's 年
		}
		for _, suffix := range [...]string{"为", "是", "达到", "达", "约", "共计", "合计", "计", "全年共支出", "全年支出", "共支出", "全年共", "全年"} {
			t = strings.TrimSuffix(t, suffix)
		}
		if t == s {
			return s
		}
		s = t
	}
}

// ofOneProject reports words about one project (该项目预算, 项目执行率)
// rather than the department's 项目支出: in a department's report such a
// figure is no figure of its forms, and is left out.
func ofOneProject(lbl string) bool {
	return strings.Contains(lbl, "项目") && !strings.Contains(lbl, "项目支出")
}

// amountTerm tells what a top-level amount is of, in a department's
// report or (project) in a project's, where every figure is the project's.
func amountTerm(lbl string, project bool) (Kind, string, bool) {
	if !project && ofOneProject(lbl) {
		return "", "", false
	}
	switch {
	case strings.Contains(lbl, "基本支出"):
		return Line, "basic", true
	case strings.Contains(lbl, "项目支出"):
		return Line, "project", true
	case strings.Contains(lbl, "财政拨款"):
		return Line, "fiscal", true
	case strings.Contains(lbl, "上年结转"):
		return Line, "carryover", true
	case strings.Contains(lbl, "其他资金"):
		return Line, "other", true
	case strings.Contains(lbl, "预算"):
		return Budget, "total", true
	case strings.HasSuffix(lbl, "支出"), strings.Contains(lbl, "执行数"), strings.Contains(lbl, "决算"):
		return Spent, "total", true
	}
	return "", "", false
}

// partTerm tells what an amount in brackets is of: an economic class.
func partTerm(lbl string) (Kind, string, bool) {
	for _, c := range [...]struct{ word, class string }{
		{"工资福利", "salary"}, {"商品和服务", "goods"}, {"对个人和家庭", "households"},
		{"资本性", "capital"}, {"对企业补助", "enterprises"},
	} {
		if strings.Contains(lbl, c.word) {
			return Part, c.class, true
		}
	}
	return "", "", false
}

// rateTerm tells what a percentage is a rate of.
func rateTerm(lbl string, project bool) (string, bool) {
	if !strings.HasSuffix(lbl, "率") || !project && ofOneProject(lbl) {
		return "", false
	}
	switch {
	case strings.Contains(lbl, "财政拨款"):
		return "fiscal", true
	case strings.Contains(lbl, "基本支出"):
		return "basic", true
	case strings.Contains(lbl, "项目支出"):
		return "project", true
	case strings.Contains(lbl, "支出率"), strings.Contains(lbl, "执行率"), strings.Contains(lbl, "预算完成率"):
		return "total", true
	}
	return "", false
}

// scoreTerm tells what a score is of: the total, or a 一级 indicator.
func scoreTerm(lbl string) (Kind, string, bool) {
	switch {
	case strings.Contains(lbl, "自评得分"), strings.Contains(lbl, "总分"), strings.Contains(lbl, "综合得分"):
		return Score, "total", true
	case strings.HasSuffix(lbl, "得分") && utf8.RuneCountInString(lbl) > 2:
		return Subscore, strings.TrimSuffix(lbl, "得分"), true
	}
	return "", "", false
}

// grade folds the ways a grade is written to 优, 良, 中, 差.
func grade(text string) string {
	switch text {
	case "优秀":
		return "优"
	case "良好":
		return "良"
	case "中等":
		return "中"
	case "较差":
		return "差"
	}
	return text
}
