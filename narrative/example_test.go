package narrative_test

import (
	"fmt"
	"strings"

	"github.com/jixiao-go/jixiao/narrative"
)

func ExampleExtract() {
	text := "海珠区科协 2023 年预算金额为 283.79 万元，支出为 283.79 万元，总支出率为 100%。" +
		"主要包括：基本支出全年共支出 236.79 万元(工资福利支出 144.10 万元，商品和服务支出 61.74 万元，对个人和家庭的补助支出 77.95 万元)。"
	doc, err := narrative.Read(strings.NewReader(text), int64(len(text)), "report.txt", narrative.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range narrative.Extract(doc) {
		fmt.Println(f.Kind, f.Term, f.Label, f.Text, len(f.Parts))
	}
	// Output:
	// budget total 预算金额 283.79万元 0
	// spent total 支出 283.79万元 0
	// rate total 总支出率 100% 0
	// line basic 基本支出 236.79万元 3
}
