package scoring_test

import (
	"fmt"

	"github.com/jixiao-go/jixiao/scoring"
	"github.com/shopspring/decimal"
)

func Example() {
	rule := scoring.Parse("按完成比例计算得分，满分为止")
	weight := decimal.NewFromInt(6)
	target, actual := scoring.ParseValue("≥6500人次"), scoring.ParseValue("6000人次")
	out := rule.Score(target, actual, weight, 2)
	fmt.Println(rule.Kind, out.Status, out.Score)

	// Typed counts stand for themselves: 1场 never meets ≥2场.
	target, actual = scoring.ParseValue("≥2场"), scoring.ParseValue("1场")
	out = rule.Score(target, actual, decimal.NewFromInt(5), 2)
	fmt.Println(out.Score, out.Interval.Hi) // each count read as rounded: up to full marks
	target.Exact, actual.Exact = true, true
	out = rule.Score(target, actual, decimal.NewFromInt(5), 2)
	fmt.Println(out.Score, out.Interval.Hi)

	deduct := scoring.Parse("预算完成率=100%得满分，每低1个百分点扣0.1分，扣完为止")
	out = deduct.Score(scoring.ParseValue("100%"), scoring.ParseValue("97.5%"), decimal.NewFromInt(4), 2)
	fmt.Println(deduct.Kind, out.Score, out.Interval.Lo, out.Interval.Hi) // whole steps: 2 of 1 point
	out = deduct.Prorated().Score(scoring.ParseValue("100%"), scoring.ParseValue("97.5%"), decimal.NewFromInt(4), 2)
	fmt.Println(out.Score, out.Interval.Lo, out.Interval.Hi) // part steps in proportion

	// A person decides: the kind is said, the score is not guessed.
	judged := scoring.Parse("项目实施组织管理到位的得6分;实行不力的酌情扣分,扣完6分为止。")
	out = judged.Score(scoring.Value{}, scoring.Value{}, decimal.NewFromInt(6), 2)
	fmt.Println(judged.Kind, out.Status)
	// Output:
	// proportional computed 5.54
	// 2.5 5
	// 2.5 2.5
	// deduction 3.8 3.8 3.8
	// 3.75 3.745 3.755
	// judgement manual
}
