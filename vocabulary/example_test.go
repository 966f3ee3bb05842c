package vocabulary_test

import (
	"fmt"
	"strings"

	"github.com/jixiao-go/jixiao/vocabulary"
)

func Example() {
	entries, err := vocabulary.Parse(strings.NewReader("measure.adjusted: 全年可用资金\n"), "bureau.txt")
	if err != nil {
		panic(err)
	}
	v, err := vocabulary.Default().With(entries...)
	if err != nil {
		panic(err)
	}
	for _, label := range []string{"二、全年预算数（万元）：", "全年可用资金", "全年执行数"} {
		name, ok := v.Lookup(vocabulary.Measure, label)
		fmt.Println(label, name, ok)
	}
	// Output:
	// 二、全年预算数（万元）： adjusted true
	// 全年可用资金 adjusted true
	// 全年执行数 executed true
}
