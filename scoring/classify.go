package scoring

import (
	"regexp"
	"strings"
)

// Texts that no pattern reads in full are told by their words: a person
// decides (judgement), a count a person gives (checklist), or a rule of a
// computable kind whose clauses are not all read (partial, not recomputed).
// The cues are tried in this order; each is a few words, never a score.

// The cues, on normalised text (white space dropped, 。；， folded to ,).
// Compiled regular expressions are immutable and safe for concurrent use.
var (
	// A person decides: 酌情, 视具体情况, 由各省自行制定, 根据…评分,
	// 优□良□…, weight allocations, a qualitative middle level (基本相符的得6分).
	cueJudgement = regexp.MustCompile(`酌情|视具体情况|视情况|自行制定|[优良中差]□|根据[^,;]*?(评分|打分|评定)|(权重|分值)(统一)?(设置|设定|确定)为|分值按.*确定|平均确定|基本[^,;]{0,12}?(的|者)?(得|计|记)\d+(\.\d+)?分`)
	// A count a person gives: per item found or missing, items with points
	// of their own.
	cuePerItem    = regexp.MustCompile(`每(检查发现|出现|发现|存在|缺少|缺|有)?(一|1)?(个|项|例|处|次|条|笔|起|份)($|[^百])|缺(少)?(一|1)?(项|个|处)|(扣|减)\d+(\.\d+)?分/(个|项|处|次)|(一|每)个加|对每个`)
	cueItemMark   = regexp.MustCompile(`[①②③④⑤⑥⑦⑧⑨⑩]|(^|[,;])\d[、.][^\d]`)
	cueItemPoints = regexp.MustCompile(`\(\d+(\.\d+)?分\)`)
	// A computable kind, by its formula or its step.
	cueDeductFormula = regexp.MustCompile(`=\(?1-\d|=分值-`)
	cueProportional  = regexp.MustCompile(`(率|比例|比值|B/A|A/B)\)?[*×]|[*×](执行率|完成率)|个数/|按(实际)?(完成)?比例|率=[^,;]*/|预算数为.*执行数为`)
	cueDeductStep    = regexp.MustCompile(`每(超过|超出|高于|增加|多|低于|低|减少|少|不足|降低|下降|滞后|延迟|推迟|延期)[^,;]*?[\d一二两三四五六七八九十][^,;扣减]*(扣|减)\d+(\.\d+)?分`)
	// Points a rule gives: 得2分, 计 2 分, 2分; not 扣2分, 加1分, 扣完7分.
	cuePoints   = regexp.MustCompile(`(^|[^扣减加完\d.])\d+(\.\d+)?分`)
	cueBonus    = regexp.MustCompile(`加\d+(\.\d+)?分`)
	cueHan      = regexp.MustCompile(`\p{Han}`)
	cueZero     = regexp.MustCompile(`不得分|不计分|得0分|计0分`)
	cueNumeric  = regexp.MustCompile(`(\d+(\.\d+)?(%|元|万元|个百分点))|[≥≤<>]\d`)
	cueAllOrNot = regexp.MustCompile(`与否$|^(达到|完成)(目标|预计|预期|指标|计划)值$`)
)

// classify tells the kind of a normalised text no pattern read, or
// Unreadable.
func classify(s string) Rule {
	switch {
	case cueJudgement.MatchString(s):
		return Rule{Kind: Judgement, Reason: "a person decides the score (酌情, 视情况, 根据…评分, or a qualitative middle level)"}
	case isChecklist(s):
		return Rule{Kind: Checklist, Reason: "points per item, or a deduction per item, that a person counts"}
	case cueDeductFormula.MatchString(s):
		return partial(Deduction, "a deduction written as a formula")
	case cueProportional.MatchString(s):
		return partial(Proportional, "a ratio times the weight, with clauses not read")
	case cueDeductStep.MatchString(s):
		return partial(Deduction, "a deduction per step, with clauses not read")
	}
	points := len(cuePoints.FindAllStringIndex(s, -1))
	levels := points + len(cueBonus.FindAllStringIndex(s, -1))
	switch {
	case levels >= 2 && (cueNumeric.MatchString(s) || cueZero.MatchString(s)):
		return partial(Bands, "points by range or by level, with conditions in words")
	case points >= 1 || cueAllOrNot.MatchString(s):
		return partial(Binary, "all or nothing on a condition in words")
	case cueHan.MatchString(s) && !strings.ContainsAny(s, "0123456789") && !strings.Contains(s, "分"):
		return Rule{Kind: Judgement, Reason: "the text states no scoring method"}
	}
	return Rule{Kind: Unreadable, Reason: "no known scoring-rule pattern"}
}

// isChecklist reports a count a person gives: per item found or missing,
// or two or more items with points of their own (①…1分;②…1分, (1分)…(2分),
// 制定…得2分;建立…得3分 with no range and no 不得分).
func isChecklist(s string) bool {
	if cuePerItem.MatchString(s) {
		return true
	}
	points := len(cuePoints.FindAllStringIndex(s, -1))
	if points < 2 {
		return false
	}
	return len(cueItemMark.FindAllStringIndex(s, -1)) >= 2 ||
		len(cueItemPoints.FindAllStringIndex(s, -1)) >= 2 ||
		!cueNumeric.MatchString(s) && !cueZero.MatchString(s)
}

func partial(k Kind, reason string) Rule {
	return Rule{Kind: k, Partial: true, Reason: reason + ": not recomputed"}
}
