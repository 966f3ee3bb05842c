package num_test

import (
	"fmt"

	"github.com/jixiao-go/jixiao/num"
)

func ExampleParseQuantity() {
	for _, s := range []string{"≥6500人次", "≤5%", "７６％", "1,234.50", "按期完成"} {
		q, err := num.ParseQuantity(s)
		if err != nil {
			fmt.Println(s, "→", err)
			continue
		}
		fmt.Printf("%s → op %q value %s unit %q percent %v\n", s, q.Op, q.Shown, q.Unit, q.Percent)
	}
	// Output:
	// ≥6500人次 → op "≥" value 6500 unit "人次" percent false
	// ≤5% → op "≤" value 0.05 unit "" percent true
	// ７６％ → op "" value 0.76 unit "" percent true
	// 1,234.50 → op "" value 1234.50 unit "" percent false
	// 按期完成 → num: "按期完成": not a number
}

func ExampleInterval_Meets() {
	// 2.81 + 1.99 = 4.80, printed as 4.79: each figure is rounded to cents,
	// so the total is consistent with its parts within rounding.
	parts := mustShown("2.81").Interval().Add(mustShown("1.99").Interval())
	fmt.Println(mustShown("4.79").Interval().Meets(parts))
	fmt.Println(mustShown("4.78").Interval().Meets(parts))
	// Output:
	// true
	// false
}
