/* Unit tests of the clause rules that reports of every province need
 * (issue 11): index changes, signed percentages, growth subjects, the
 * price basis, a period after a figure, figures before "lũy kế", dates
 * without a year, bases implied by the sentence, bare counts, units that
 * name their indicator, figures of the same period a year before, the topic across sentences and year-by-year
 * reviews with the subject left out.  The sentences are written for these
 * tests in the wording reports use. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "sentence_fixture.h"

static const struct {
    const char *rule;
    const char *period;
    const char *text;
    const char *want;
} cases[] = {
    {"fish caught and farmed with a comma between is the whole output; the catch alone a part",
     "2024-H1",
     "Tổng sản lượng khai thác, nuôi trồng thủy sản ước đạt 19.458 tấn, đạt 48,64% kế hoạch.",
     "aquaculture.output level 2024-H1 19458 E; aquaculture.output pct_plan 2024-H1 48.64 E"},
    {"vocational enrolment 'tuyển sinh dạy nghề'", "2024",
     "Tuyển sinh dạy nghề được 12.300 người, đạt 102% kế hoạch năm.",
     "labour.trained level 2024 12300 A; labour.trained pct_plan 2024 102 A"},
    {"tourism opening a sentence counted in visits", "2024",
     "Riêng du lịch Kon Tum ước đạt 1,2 triệu khách, tăng 5,1% so cùng kỳ.",
     "tourism.visitors level 2024 1200000 E; tourism.visitors yoy_pct 2024 5.1 E"},
    {"a photo's caption repeating the headline ('- Ảnh 1.') gives no figure", "2023",
     "Ngành du lịch Kon Tum đón hơn 1 triệu lượt khách - Ảnh 1.", ""},
    {"... nor does one with its credit", "2023",
     "Du khách tham quan Măng Đen, nơi đón hơn 1 triệu lượt khách năm 2023 (Ảnh: Quang Tuy).",
     ""},
    {"visitors from abroad named 'du khách quốc tế' are a part", "2023",
     "Riêng du khách quốc tế đạt 81.990 lượt, tăng 76% so với cùng kỳ.", ""},
    {"millions of dollars written short ('Tr.USD'); industry alone in a structure of three "
     "sectors is the second; forest cover 'của rừng'", "2020",
     "Giá trị xuất khẩu ước đạt 1.520,6 Tr.USD, giảm 12,5% so với cùng kỳ. Cơ cấu kinh tế: nông "
     "nghiệp 4,1%, công nghiệp 60,2%, dịch vụ 35,7%; duy trì độ che phủ của rừng đạt 45%.",
     "exports level 2020 1520.6 E; exports yoy_pct 2020 -12.5 E; grdp.share.agriculture level "
     "2020 4.1 E; grdp.share.industry level 2020 60.2 E; grdp.share.services level 2020 35.7 E; "
     "forest.cover level 2020 45 E"},
    {"the whole named after the figure ('ha cây hàng năm') restates the season the clause "
     "opened with; without a season it is the whole", "2019-H1",
     "Theo số liệu sơ bộ, vụ đông xuân năm nay toàn tỉnh gieo trồng được 48.120 ha cây hàng năm, "
     "giảm 2,3% so với cùng kỳ. Toàn tỉnh gieo trồng được 98.500 ha cây trồng hàng năm.",
     "agri.sown_area.winter_spring level 2019-H1 48120 A; agri.sown_area.winter_spring yoy_pct "
     "2019-H1 -2.3 A; agri.sown_area level 2019-H1 98500 A"},
    {"the Mekong word for the sown area ('diện tích xuống giống'); gross output of industry and "
     "construction with a comma between is neither's; coffee replanted is no coffee area",
     "2021",
     "Tổng diện tích xuống giống đạt 105% so kế hoạch. Tổng giá trị sản xuất công nghiệp-tiểu "
     "thủ công nghiệp, xây dựng ước đạt 2.950,5 tỷ đồng, tăng 11,2% so với cùng kỳ năm trước. "
     "Đến nay diện tích cà phê đã xuống giống tái canh là 350 ha, đạt 104% kế hoạch.",
     "agri.sown_area pct_plan 2021 105 A"},
    {"income per head beside GRDP per head is another figure; a January date in the report of "
     "the year before ends that year's flow", "2024",
     "GRDP bình quân đầu người đạt 92,4 triệu đồng, tăng 8,1%; thu nhập bình quân đầu người ước "
     "đạt 55,2 triệu đồng, tăng 6,9%. Giải ngân kế hoạch vốn đầu tư công năm 2024 tính đến ngày "
     "15/01/2025 đạt 3.210 tỷ đồng, đạt 85,4% kế hoạch.",
     "grdp.per_capita level 2024 92.4 A; grdp.per_capita yoy_pct 2024 8.1 A; "
     "public_investment.disbursed level 2024-01-01/2025-01-15 3210 E; "
     "public_investment.disbursed pct_plan 2024-01-01/2025-01-15 85.4 E"},
    {"a stock's total after a running total's cue in its clause ('nâng tổng số ... là') is "
     "kept over the count added to it; a running total in brackets tells of a part", "2023",
     "Dự kiến, đến cuối năm 2023, huyện có 3 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt "
     "chuẩn nông thôn mới của huyện là 11/12 xã. Diện tích cây cà phê 12.500 ha (trong đó trồng "
     "mới 300 ha, nâng tổng diện tích cà phê chè lên 1.200 ha).",
     "rural.ncr_communes level 2023 3 E; rural.ncr_communes level 2023 11 E; "
     "agri.area.coffee level 2023 12500 E"},
    {"a structure's four shares: the words name the three sectors in their order (from the "
     "structure before 'tỉ trọng tương ứng'), or none and the four make the whole; the fourth, "
     "the product taxes, is no part; the shares of another indicator are not the economy's",
     "2017",
     "Cơ cấu kinh tế công nghiệp – dịch vụ - nông nghiệp – thuế sản phẩm với tỉ trọng tương ứng "
     "là 61,5% - 25,1% - 4,2% - 9,2% (kế hoạch là 60,8% - 25,9% - 4,4% - 8,9%). Năm 2016 cơ cấu "
     "kinh tế đạt 5,1% - 58,3% - 27,6% - 9,0%. Tỷ trọng vốn đầu tư đạt 12,5% - 30,2% - 40,1% - "
     "17,2%.",
     "grdp.share.industry level 2017 61.5 A; grdp.share.services level 2017 25.1 A; "
     "grdp.share.agriculture level 2017 4.2 A; grdp.share.industry plan 2017 60.8 A; "
     "grdp.share.services plan 2017 25.9 A; grdp.share.agriculture plan 2017 4.4 A; "
     "grdp.share.agriculture level 2016 5.1 A; grdp.share.industry level 2016 58.3 A; "
     "grdp.share.services level 2016 27.6 A"},
    {"the directions and tasks of a year, words between, aim the targets after them at it; "
     "communes' average criteria", "2023",
     "Hội nghị thông qua nghị quyết phương hướng thực hiện các nhiệm vụ năm 2024 với mục tiêu "
     "chính: Phấn đấu, đưa tổng vốn đầu tư phát triển toàn xã hội đạt 5.200 tỷ đồng; tỷ lệ bao "
     "phủ bảo hiểm y tế đạt 95,5%; bình quân các xã đạt 18,2 tiêu chí nông thôn mới.",
     "investment.total plan 2024 5200 A; social.health_insurance plan 2024 95.5 A; "
     "rural.ncr_criteria_per_commune plan 2024 18.2 A"},
    {"the growth of gross output by its abbreviation is no GRDP's, nor are its sectors'; income "
     "per head 'trên đầu người'", "2024",
     "Tốc độ tăng trưởng GTSX đạt 8,1% (trong đó: nông - lâm - thủy sản tăng 3,9%; công nghiệp "
     "- xây dựng tăng 9,2%). Thu nhập bình quân trên đầu người ước đạt 41,2 triệu đồng, tăng "
     "7,3% so với cùng kỳ.",
     "grdp.per_capita level 2024 41.2 E; grdp.per_capita yoy_pct 2024 7.3 E"},
    {"subjects named one after another, then their figures 'lần lượt': in order, the verb written "
     "once, a second run of another kind from the first again", "2024",
     "GRDP tăng 6,5%; khu vực nông, lâm nghiệp và thủy sản, khu vực công nghiệp - xây dựng và khu "
     "vực dịch vụ lần lượt tăng 2,1%, 7,19% và 3,93%. Kim ngạch xuất khẩu và nhập khẩu lần lượt "
     "đạt 500 triệu USD và 300 triệu USD, tăng 5% và 7%.",
     "grdp yoy_pct 2024 6.5 A; gva.agriculture yoy_pct 2024 2.1 A; gva.industry yoy_pct 2024 7.19 "
     "A; gva.services yoy_pct 2024 3.93 A; exports level 2024 500 A; imports level 2024 300 A; "
     "exports yoy_pct 2024 5 A; imports yoy_pct 2024 7 A"},
    {"two sectors together are neither, unless 'lần lượt' gives each its figure; growth named "
     "before the list", "2024",
     "GRDP tăng 6,5%, khu vực công nghiệp - xây dựng và dịch vụ tăng trưởng mạnh, lần lượt đạt "
     "7,19% và 3,93%.",
     "grdp yoy_pct 2024 6.5 A; gva.industry yoy_pct 2024 7.19 A; gva.services yoy_pct 2024 3.93 A"},
    {"a monthly report's flow shared out of a budget estimate runs from January; its month "
     "named or another plan keeps the month", "2021-04",
     "Tổng chi cân đối ngân sách địa phương 4.980 tỷ đồng, đạt 21% so với dự toán và tăng 9% "
     "so với cùng kỳ; chi đầu tư phát triển trong tháng 4 đạt 300 tỷ đồng, đạt 3% dự toán. Đến "
     "ngày 30/4, tổng thu ngân sách trên địa bàn được 277 tỷ đồng, đạt 70% so với dự toán HĐND "
     "huyện giao. Giải ngân vốn đầu tư công đạt 120 tỷ đồng, đạt 20% kế hoạch.",
     "budget.expenditure level 2021-01/P4M 4980 A; budget.expenditure pct_plan 2021-01/P4M 21 A; "
     "budget.expenditure yoy_pct 2021-01/P4M 9 A; budget.expenditure.investment level 2021-04 300 "
     "A; budget.expenditure.investment pct_plan 2021-04 3 A; budget.revenue level 2021-01/P4M 277 "
     "A; budget.revenue pct_plan 2021-01/P4M 70 A [by district]; public_investment.disbursed level 2021-04 120 "
     "A; public_investment.disbursed pct_plan 2021-04 20 A"},
    {"... but a sentence with a cumulative cue tells the month from the months to date itself",
     "2023-03",
     "Thu ngân sách đạt trên 2.700 tỷ đồng, lũy kế quý I thu trên 4.500 tỷ đồng, đạt 35,46% "
     "dự toán.",
     "budget.revenue level 2023-03 2700 A; budget.revenue level 2023-Q1 4500 A; budget.revenue "
     "pct_plan 2023-Q1 35.46 A"},
    {"a phrase after a percentage with a verb of its own opens the next clause, its comma lost; "
     "one without is the whole of a share", "2023",
     "Kim ngạch xuất khẩu ước đạt 1.545 triệu USD, tăng 11,06% kim ngạch nhập khẩu ước đạt "
     "1.484,8 triệu USD, tăng 20,25%. Khu vực dịch vụ chiếm 30,5% GRDP.",
     "exports level 2023 1545 E; exports yoy_pct 2023 11.06 E; imports level 2023 1484.8 E; "
     "imports yoy_pct 2023 20.25 E; grdp.share.services level 2023 30.5 E"},
    {"a target cue of no year goes on with the aim of the one before it; a change's verb "
     "before the subject makes the percentage a change, no plan", "2023",
     "Huyện đặt mục tiêu năm 2024 phấn đấu giảm tỷ lệ hộ nghèo 3%; tỷ lệ bao phủ bảo hiểm y tế "
     "đạt 97%.",
     "social.health_insurance plan 2024 97 A"},
    {"a development index ('tốc độ phát triển (là) 109,48%') is the year before as 100; a small "
     "one is the growth itself", "2023",
     "GRDP năm 2023 đạt tốc độ phát triển là 109,48%. Khu vực dịch vụ đạt tốc độ phát triển "
     "107,67%. Kim ngạch xuất khẩu duy trì tốc độ phát triển 3,6% so với cùng kỳ.",
     "grdp yoy_pct 2023 9.48 A; gva.services yoy_pct 2023 7.67 A; exports yoy_pct 2023 3.6 A"},
    {"a plan's cue before 'là' ('được HĐND tỉnh giao là 20.700 tỷ đồng'), not over a pair",
     "2023",
     "Tổng vốn đầu tư toàn xã hội được HĐND tỉnh giao là 20.700 tỷ đồng. Giải ngân vốn đầu tư "
     "công giao là 2.532/2.579 tỷ đồng.",
     "investment.total plan 2023 20700 A [by province]; public_investment.disbursed level 2023 "
     "2532 A; "
     "public_investment.disbursed plan 2023 2579 A"},
    {"money attracted as investment capital is the projects' capital; domestic capital alone "
     "is a part", "2026-01/P2M",
     "Hai tháng đầu năm 2026, tỉnh thu hút hơn 51.000 tỷ đồng vốn đầu tư. Thu hút vốn DDI đạt "
     "hơn 20.000 tỷ đồng.",
     "investment.projects.capital level 2026-01/P2M 51000 A"},
    {"a plan named with its issuer between the verb and the share ('vượt dự toán Trung ương "
     "18%')", "2025",
     "Thu ngân sách năm 2025 ước đạt 31.500 tỷ đồng, vượt dự toán Trung ương 18%.",
     "budget.revenue level 2025 31500 E; budget.revenue pct_plan 2025 118 E [by central]"},
    {"'tổng giá trị sản phẩm công nghiệp' is industry's output", "2024-01/P8M",
     "Tổng giá trị sản phẩm công nghiệp ước đạt hơn 69.552 tỷ đồng, bằng 104,7% so cùng kỳ.",
     "industry.output level 2024-01/P8M 69552 E; industry.output yoy_pct 2024-01/P8M 4.7 E"},
    {"construction's growth named after a growth word alone is no GRDP's", "2021/2025",
     "Tốc độ tăng trưởng của ngành xây dựng bình quân đạt 7,34%/năm, khu vực dịch vụ tăng "
     "8,01%/năm.",
     "gva.services avg_annual_pct 2021/2025 8.01 A"},
    {"'hết năm nay' in a report of months is the year, all of it; '6 tháng đầu năm nay' the "
     "months", "2019-01/P7M",
     "Thu ngân sách 7 tháng đạt 1.341 tỷ đồng; dự ước hết năm nay đạt 2.200 tỷ đồng. Thu ngân "
     "sách 6 tháng đầu năm nay đạt 1.000 tỷ đồng.",
     "budget.revenue level 2019-01/P7M 1341 A; budget.revenue level 2019 2200 E; budget.revenue "
     "level 2019-H1 1000 E"},
    {"a plan's word opening the sentence with a list after its ':' sets targets out", "2024",
     "Chỉ tiêu chăn nuôi, thủy sản: Tổng đàn trâu 25.000 con; tổng đàn bò 100.000 con.",
     "livestock.buffalo plan 2024 25000 A; livestock.cattle plan 2024 100000 A"},
    {"... one that goes on with a verb is an indicator's name", "2024",
     "Chỉ tiêu thu ngân sách đạt 5.000 tỷ đồng.", "budget.revenue level 2024 5000 A"},
    {"'Sau 9 tháng, ...' opening a clause is the months gone; 'sau 3 tháng' inside one a "
     "length; a share of growth ('chiếm 5,88% tăng trưởng') is a contribution", "2019-Q3",
     "Sau 9 tháng, tổng thu ngân sách ước đạt 22.158,5 tỷ đồng. Ngành nông nghiệp chiếm 5,88% "
     "tăng trưởng.",
     "budget.revenue level 2019-01/P9M 22158.5 E"},
    {"words: forest planted after the figure, the canopy's cover, health insurance with its "
     "verb left out, capital construction written short, waste collected without its rate's "
     "word", "2021",
     "Trên 1.568 ha rừng được trồng mới, đưa tỷ lệ tán che phủ rừng lên gần 65,8%. Tỷ lệ bảo "
     "hiểm y tế toàn dân 91,2%. Chi XDCB thực hiện 35,7 tỷ đồng đạt 30,9% dự toán. Các phường "
     "tổ chức thu gom xử lý chất thải sinh hoạt đạt 97%.",
     "forest.planted level 2021 1568 A; forest.cover level 2021 65.8 A; social.health_insurance "
     "level 2021 91.2 A; budget.expenditure.investment level 2021 35.7 A; "
     "budget.expenditure.investment pct_plan 2021 30.9 A; env.waste_collected level 2021 97 A"},
    {"jobs counted after the figure: 'được giới thiệu và giải quyết việc làm'", "2023",
     "Trong năm 2023, gần 1.200 lao động được giới thiệu và giải quyết việc làm, vượt kế hoạch "
     "31%.",
     "labour.jobs level 2023 1200 A; labour.jobs pct_plan 2023 131 A"},
    {"words between a verb and its figure: 'ở mức', 'với mức'", "2024-Q1",
     "GRDP tăng 5,2%, trong đó khu vực dịch vụ tăng nhẹ ở mức 0,14%; khu vực công nghiệp - xây "
     "dựng đạt tăng trưởng cao với mức 17,42%.",
     "grdp yoy_pct 2024-Q1 5.2 A; gva.services yoy_pct 2024-Q1 0.14 A; gva.industry yoy_pct "
     "2024-Q1 17.42 A"},
    {"district wordings: capital works disbursed, schools and communes counted, tourism's "
     "service revenue, balanced spending", "2023",
     "Tỷ lệ giải ngân vốn xây dựng cơ bản đạt trên 78%. Toàn huyện có 31/34 trường học đạt chuẩn "
     "quốc gia. Số xã công nhận đạt chuẩn nông thôn mới đạt 12 xã. Doanh thu dịch vụ du lịch đạt "
     "578,7 tỷ đồng. Chi cân đối ngân sách: 215.120 triệu đồng, đạt 54,06% so với dự toán.",
     "public_investment.disbursed pct_plan 2023 78 A; edu.standard_schools level 2023 31 A; "
     "rural.ncr_communes level 2023 12 A; tourism.revenue level 2023 578.7 A; budget.expenditure "
     "level 2023 215.12 A; budget.expenditure pct_plan 2023 54.06 A"},
    {"right after an amount's level (a comma or a bracket between), its bare 'đạt X%' is the "
     "share of its plan; not after another figure or a rate", "2024-H1",
     "Toàn tỉnh đã giải quyết việc làm cho 11.726 lao động, đạt 60,1%. Kim ngạch xuất khẩu đạt "
     "500 triệu USD, tăng 5%, đạt 45%. Tỷ lệ người dân tham gia BHYT đạt 93%, đạt 98%. Đã "
     "tuyển sinh giáo dục nghề nghiệp cho 29.802 người (đạt 86,38%).",
     "labour.jobs level 2024-H1 11726 A; labour.jobs pct_plan 2024-H1 60.1 A; exports level "
     "2024-H1 500 A; exports yoy_pct 2024-H1 5 A; social.health_insurance level 2024-H1 93 A; "
     "labour.trained level 2024-H1 29802 A; labour.trained pct_plan 2024-H1 86.38 A"},
    {"one site's visitors are no visits to the area", "2021-Q1",
     "Ba tháng đầu năm, tổng lượt khách đến thành phố ước hơn 54.800 lượt. Có 6.820 lượt khách "
     "tham quan khu phố cổ; khách tham quan các di tích đạt 12.000 lượt.",
     "tourism.visitors level 2021-Q1 54800 E"},
    {"the near-poor hold: their rate after a comma is no poverty rate", "2016",
     "Trong đó, tổng số hộ nghèo là 41.050 hộ, tỉ lệ 10,51%; tổng số hộ cận nghèo 31.377 hộ, tỉ "
     "lệ 8,03%.",
     "social.poor_households level 2016 41050 A; social.poverty_rate level 2016 10.51 A"},
    {"a level of a year after the report's period is its target; months of it may have results",
     "2023",
     "Năm 2024, thu ngân sách dự kiến 1.043,6 tỷ đồng. Hai tháng đầu năm 2024, thu ngân sách đạt "
     "520 tỷ đồng.",
     "budget.revenue plan 2024 1043.6 E; budget.revenue level 2024-01/P2M 520 E"},
    {"a blocking phrase as a heading blocks only where it stands; with its own figure it blocks "
     "that", "2023-11",
     "Trâu, bò: đàn trâu đạt 5.480 con, tăng 1,1%; đàn bò đạt 14.450 con. Tổng đàn trâu, bò: "
     "19.930 con.",
     "livestock.buffalo level 2023-11 5480 A; livestock.buffalo yoy_pct 2023-11 1.1 A; "
     "livestock.cattle level 2023-11 14450 A"},
    {"districts' revenue collected against the estimate ('ước thu đạt'), not a part named after "
     "'thu'; the target assigned ('giao chỉ tiêu') is a plan", "2021",
     "Tổng thu ngân sách đạt 980 tỷ đồng, bằng 90% dự toán, gồm: thu thuế, phí 600 tỷ đồng. "
     "Các huyện thu đạt dự toán gồm: huyện Đăk Hà ước thu đạt 43 tỷ đồng (đạt 80,83% dự "
     "toán); huyện Sa Thầy ước thu đạt 49 tỷ đồng (đạt 100% dự toán). Trung ương giao chỉ tiêu "
     "tỉnh thu ngân sách 1.100 tỷ đồng.",
     "budget.revenue level 2021 980 A; budget.revenue pct_plan 2021 90 A; budget.revenue level "
     "2021 43 E [in dak-ha-district]; budget.revenue pct_plan 2021 80.83 E [in "
     "dak-ha-district]; budget.revenue level 2021 49 E [in sa-thay-district]; budget.revenue "
     "pct_plan 2021 100 E [in sa-thay-district]; budget.revenue plan 2021 1100 A"},
    {"enterprises returning or closing, written 'DN', are no new ones", "2022",
     "Trong năm có 477 DN thành lập mới, tăng 10%. Số DN quay trở lại hoạt động tăng 42%; 120 DN "
     "giải thể.",
     "enterprise.new level 2022 477 A; enterprise.new yoy_pct 2022 10 A"},
    {"foreign investment attracted alone is a part of the projects approved", "2025-01/P9M",
     "Trong đó, thu hút FDI tăng mạnh với 157 dự án mới, tổng vốn đăng ký hơn 815 triệu USD; "
     "633 dự án có vốn nước ngoài được cấp mới. Toàn tỉnh thu hút 300 dự án, tổng vốn đăng ký "
     "5.000 tỷ đồng.",
     "investment.projects level 2025-01/P9M 300 A; investment.projects.capital level "
     "2025-01/P9M 5000 A"},
    {"the budget's new revenue ('thu mới ngân sách'); spending as a verb against the estimate",
     "2020-H1",
     "Thu mới ngân sách của tỉnh ước đạt 31.550 tỷ đồng, đạt 48% dự toán. Về chi NSNN, toàn tỉnh "
     "chi khoảng 8.183 tỷ đồng, bằng 45,5% dự toán HĐND tỉnh.",
     "budget.revenue level 2020-H1 31550 E; budget.revenue pct_plan 2020-H1 48 E; "
     "budget.expenditure level 2020-H1 8183 E; budget.expenditure pct_plan 2020-H1 45.5 E "
     "[by province]"},
    {"a plan set, then 'nhưng ... chỉ đạt' what was done", "2020",
     "GRDP bình quân đầu người theo kế hoạch đề ra 120 triệu đồng/người/năm nhưng cuối năm chỉ "
     "đạt 110 triệu đồng/người/năm. Thành phố đề ra kế hoạch kim ngạch xuất khẩu đạt 102 triệu "
     "USD, nhưng cuối năm chỉ đạt 81,71 triệu USD. Lượng khách du lịch theo kế hoạch là 6,3 triệu "
     "lượt nhưng cả năm chỉ đón 3,6 triệu lượt.",
     "grdp.per_capita plan 2020 120 A; grdp.per_capita level 2020 110 A; exports plan 2020 102 A; "
     "exports level 2020 81.71 A; tourism.visitors plan 2020 6300000 A; tourism.visitors level "
     "2020 3600000 A"},
    {"money a sector adds, named in the economy's structure, is its value added", "2024-H1",
     "Trong cơ cấu kinh tế của tỉnh 6 tháng đầu năm 2024, khu vực nông, lâm nghiệp, thủy sản đóng "
     "góp 10.551,6 tỷ đồng (tăng 8,3%); khu vực dịch vụ đạt 22.928,7 tỷ đồng (tăng 12,24%), chiếm "
     "48,5%.",
     "gva.agriculture level 2024-H1 10551.6 A; gva.agriculture yoy_pct 2024-H1 8.3 A; "
     "gva.services level 2024-H1 22928.7 A; gva.services yoy_pct 2024-H1 12.24 A; "
     "grdp.share.services level 2024-H1 48.5 A"},
    {"a percentage opening a bracket right after a change and a word of how much; jobs "
     "created counted after the figure", "2025",
     "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng khá (13,5%) so với năm 2024. "
     "Doanh nghiệp thành lập mới nhiều nhất, tạo gần 50.000 việc làm cho người lao động; các "
     "doanh nghiệp có 2.000 việc làm trống.",
     "retail.sales yoy_pct 2025 13.5 A; labour.jobs level 2025 50000 A"},
    {"a place after a rank is its scope, no other area", "2021",
     "Về quy mô GRDP năm 2021, tỉnh đứng thứ 6 cả nước với 315,7 nghìn tỷ đồng; thu ngân sách "
     "tăng 8%, cả nước tăng 5%.",
     "grdp level 2021 315700 A [current]; budget.revenue yoy_pct 2021 8 A"},
    {"the heads of current spending are its parts", "2020-01/P11M",
     "Trong đó, chi thường xuyên 33.642 tỷ đồng, đạt 72,1% dự toán. Trong các khoản chi thường "
     "xuyên, chi sự nghiệp kinh tế 5.220 tỷ đồng, đạt 69,5% dự toán; chi quốc phòng 900 tỷ đồng.",
     "budget.expenditure.current level 2020-01/P11M 33642 A; budget.expenditure.current "
     "pct_plan 2020-01/P11M 72.1 A"},
    {"the vegetables' sown area is no season's", "2023-08",
     "Diện tích gieo trồng vụ Mùa đạt 79.971 ha, giảm 1,1%. Diện tích gieo trồng rau màu các loại "
     "vụ Mùa đạt 8.811 ha, giảm 0,8% so với năm trước.",
     "agri.sown_area.main_season level 2023-08 79971 A; agri.sown_area.main_season yoy_pct "
     "2023-08 -1.1 A"},
    {"industry's value ('giá trị công nghiệp'), not with construction; gross output of some "
     "sectors in a sentence naming industry with handicrafts is no industry's", "2023",
     "Giá trị công nghiệp - xây dựng tăng 12%. Giá trị công nghiệp tăng 24,5%. Giá trị sản xuất "
     "một số ngành kinh tế tăng 13%, tổng giá trị sản xuất CN-TTCN tăng 9,6%.",
     "industry.output yoy_pct 2023 24.5 A; industry.output yoy_pct 2023 9.6 A"},
    {"the share of the schools just counted", "2020",
     "Đến nay, thành phố đã có 362/459 trường đạt chuẩn quốc gia (chiếm tỷ lệ 78,87%).",
     "edu.standard_schools level 2020 362 A; edu.standard_schools.rate level 2020 78.87 A"},
    {"secondary schools' rate", "2023", "Tỷ lệ trường phổ thông đạt chuẩn Quốc gia 63%.",
     "edu.standard_schools.rate level 2023 63 A"},
    {"... not 'chi' (spending) after the turn", "2020",
     "Thành phố đề ra kế hoạch thu ngân sách đạt 500 tỷ đồng, nhưng chi ngân sách 300 tỷ đồng.",
     "budget.revenue plan 2020 500 A; budget.expenditure plan 2020 300 A"},
    {"investment the area raised ('huy động vốn đầu tư phát triển', 'vốn huy động đầu tư toàn "
     "xã hội'); 'đạt tỷ lệ X%' right after a level", "2021-01/P9M",
     "Huy động vốn đầu tư phát triển ước đạt 2.251,6 tỷ đồng, bằng 64,3% kế hoạch. Giải ngân vốn "
     "đầu tư công đạt hơn 4.400 tỷ đồng, đạt tỷ lệ 57,3%.",
     "investment.total level 2021-01/P9M 2251.6 E; investment.total pct_plan 2021-01/P9M 64.3 E; "
     "public_investment.disbursed level 2021-01/P9M 4400 E; public_investment.disbursed "
     "pct_plan 2021-01/P9M 57.3 E"},
    {"a same-period base or a plan between the verb and its figure", "2023-03",
     "Chỉ số sản xuất công nghiệp tăng so với cùng kỳ 5,2%.",
     "industry.production_index yoy_pct 2023-03 5.2 A"},
    {"... or a plan ('vượt kế hoạch năm 2024 khoảng 6%')", "2024-01/P10M",
     "Toàn tỉnh đón khoảng 9,5 triệu lượt khách du lịch (vượt kế hoạch năm 2024 khoảng 6%).",
     "tourism.visitors level 2024-01/P10M 9500000 E; tourism.visitors pct_plan 2024-01/P10M 106 "
     "E"},
    {"'lũy kế đến ngày' the month's end of a monthly report: January to the month", "2024-05",
     "Tổng thu ngân sách trên địa bàn thực hiện lũy kế đến ngày 31/5 là 31.511 triệu đồng, giảm "
     "9,78% so với cùng kỳ.",
     "budget.revenue level 2024-01/P5M 31.511 A; budget.revenue yoy_pct 2024-01/P5M -9.78 A"},
    {"'mở rộng' a sum of money is the sector's growth in money, no level; a perennial crop the "
     "catalogue does not count alone is no perennial area", "2023-H1",
     "Khu vực nông, lâm nghiệp và thủy sản mở rộng hơn 122 tỷ đồng. Về cây lâu năm, diện tích "
     "chè 237,2 ha, đạt 86% kế hoạch; diện tích cà phê đạt 5.188,6 ha.",
     "agri.area.coffee level 2023-H1 5188.6 A"},
    {"what a part adds to ('vào mức tăng GRDP') is no subject of the bracket after it",
     "2024-01/P9M",
     "Khu vực nông, lâm nghiệp và thủy sản tăng 2,47% so với cùng kỳ năm 2023, đóng góp 0,05 "
     "điểm % vào mức tăng GRDP (9 tháng năm 2023 tăng 5,99%). Chỉ số toàn ngành công nghiệp tăng "
     "12,55%. Tổng diện tích gieo trồng cây lâu năm đạt 116.000 ha.",
     "gva.agriculture yoy_pct 2024-01/P9M 2.47 A; gva.agriculture yoy_pct 2023-01/P9M 5.99 A; "
     "industry.production_index yoy_pct 2024-01/P9M 12.55 A; agri.perennial_area level "
     "2024-01/P9M 116000 A"},
    {"a rate compared with ('cao hơn mức tăng 3,94% cùng kỳ năm 2023', 'vượt qua con số "
     "6,14% của năm 2023') is the earlier period's", "2024-01/P9M",
     "GRDP ước tăng 6,47%, cao hơn mức tăng 3,94% cùng kỳ năm 2023. Chỉ số sản xuất công "
     "nghiệp tăng 7,16%, vượt qua con số 6,14% của 9 tháng năm 2023.",
     "grdp yoy_pct 2024-01/P9M 6.47 E; grdp yoy_pct 2023-01/P9M 3.94 E; "
     "industry.production_index yoy_pct 2024-01/P9M 7.16 E; industry.production_index yoy_pct "
     "2023-01/P9M 6.14 E"},
    {"a blocking phrase holds no further than 'nhưng', which opens a clause as a comma does",
     "2022",
     "Mặc dù là tỉnh có tỷ lệ đồng bào DTTS và miền núi cao nhưng tốc độ tăng trưởng kinh tế "
     "(GRDP) bình quân của tỉnh năm 2022 đạt 9,02%.",
     "grdp yoy_pct 2022 9.02 A"},
    {"'N tháng của năm Y' is the year's first months", "2023",
     "Tổng thu ngân sách trên địa bàn 7 tháng của năm 2022 đạt 3.500 tỷ đồng.",
     "budget.revenue level 2022-01/P7M 3500 A"},
    {"a share after a level and its plan written a/b is of that plan", "2022-H1",
     "Đàn Trâu là 8.273/8.100 con, đạt 102,14%; đàn Bò 33.655/34.500 con, đạt 97,55%.",
     "livestock.buffalo level 2022-H1 8273 A; livestock.buffalo plan 2022 8100 A; "
     "livestock.buffalo pct_plan 2022-H1 102.14 A; livestock.cattle level 2022-H1 33655 A; "
     "livestock.cattle plan 2022 34500 A; livestock.cattle pct_plan 2022-H1 97.55 A"},
    {"what 'và' opens after a figure is the list's next item, no name of that figure", "2021",
     "Đàn lợn gần 10.000 con và đàn gia cầm trên 140.000 con.",
     "livestock.pig level 2021 10000 A; livestock.poultry level 2021 140000 A"},
    {"'cây lâu năm' before its figure in a list of crops is the perennial area", "2022-H1",
     "Cây hằng năm 2.594 ha, bằng 56,4% kế hoạch; cây lâu năm 16.192,1 ha, bằng 99,4% kế hoạch, "
     "tăng 3,4% so với cùng kỳ.",
     "agri.perennial_area level 2022-H1 16192.1 A; agri.perennial_area pct_plan 2022-H1 99.4 A; "
     "agri.perennial_area yoy_pct 2022-H1 3.4 A"},
    {"fish farming told by its hectares, a pond area; the catch alone is no aquaculture output",
     "2023",
     "Toàn tỉnh đã triển khai nuôi trồng thủy sản được hơn 19.500 ha, đạt 101% kế hoạch. Đối "
     "với thủy sản: diện tích ao nuôi là 76,94 ha/60 ha, tổng sản lượng khai thác ước đạt 9,15 "
     "tấn.",
     "aquaculture.area level 2023 19500 A; aquaculture.area pct_plan 2023 101 A; "
     "aquaculture.area level 2023 76.94 A; aquaculture.area plan 2023 60 A"},
    {"qualifiers anywhere between the sowing verb and the figure ('sơ bộ')", "2024-04",
     "Vụ chiêm xuân năm 2024, toàn tỉnh gieo trồng sơ bộ đạt 63.991 ha, giảm 0,7% so với cùng kỳ "
     "năm trước.",
     "agri.sown_area.winter_spring level 2024-04 63991 A; agri.sown_area.winter_spring yoy_pct "
     "2024-04 -0.7 A"},
    {"a flow's running total ('nâng tổng số ... đến nay là') in a monthly report runs from "
     "January, its share too; the enterprises active are none", "2023-07",
     "Trong tháng, có 101 doanh nghiệp thành lập mới, nâng tổng số doanh nghiệp thành lập mới "
     "đến nay là 651 doanh nghiệp, đạt 43% kế hoạch; tổng số doanh nghiệp đang hoạt động là "
     "8.672 doanh nghiệp, đạt 98,55% kế hoạch.",
     "enterprise.new level 2023-07 101 A; enterprise.new level 2023-01/P7M 651 A; "
     "enterprise.new pct_plan 2023-01/P7M 43 A"},
    {"after its parts, a clause opened by a cumulative cue goes on with the total", "2023-07",
     "Tổng thu ngân sách nhà nước tháng 7 ước đạt 182 tỷ đồng, trong đó thu tiền sử dụng đất ước "
     "đạt 30 tỷ đồng; tính chung 7 tháng ước đạt 1.562 tỷ đồng, bằng 60,2% dự toán.",
     "budget.revenue level 2023-07 182 E; budget.revenue.land level 2023-07 30 E; "
     "budget.revenue level 2023-01/P7M 1562 E; budget.revenue pct_plan 2023-01/P7M 60.2 E"},
    {"'trong đó:' and then periods: the total again, period by period", "2020",
     "Tốc độ tăng trưởng GRDP bình quân qua các giai đoạn giảm dần, trong đó: giai đoạn "
     "2002-2020 đạt 10,18%/năm; giai đoạn 2016-2020 đạt 7,51%/năm.",
     "grdp avg_annual_pct 2002/2020 10.18 A; grdp avg_annual_pct 2016/2020 7.51 A"},
    {"a share 'so với tỉnh giao' is of the plan that issuer set", "2024",
     "Tổng thu ngân sách đạt 357 tỷ đồng, đạt 110% so với tỉnh giao.",
     "budget.revenue level 2024 357 A; budget.revenue pct_plan 2024 110 A [by province]"},
    {"budget revenue reaching a share with no base named reaches it of its estimate", "2023-H1",
     "Thu ngân sách 6 tháng đầu năm được 12,38 tỷ đồng, đạt 53,83%.",
     "budget.revenue level 2023-H1 12.38 A; budget.revenue pct_plan 2023-H1 53.83 A"},
    {"a count of targets set ('Đại hội đề ra 24 chỉ tiêu, trong đó ...') opens targets", "2025",
     "Đại hội đề ra 24 chỉ tiêu, trong đó đến năm 2030 GRDP đạt 240.000 tỷ đồng, GRDP bình quân "
     "đầu người đạt 136 triệu đồng.",
     "grdp plan 2030 240000 A; grdp.per_capita plan 2030 136 A"},
    {"a crop season's year names the season, not the figure's period", "2023-01/P11M",
     "Vụ thu mùa năm 2023, toàn tỉnh gieo trồng được 152,1 nghìn ha, giảm 1,9% so với cùng kỳ.",
     "agri.sown_area.main_season level 2023-01/P11M 152100 A; agri.sown_area.main_season yoy_pct "
     "2023-01/P11M -1.9 A"},
    {"two sectors together are neither", "2024",
     "Tỷ trọng khu vực công nghiệp - xây dựng và dịch vụ chiếm 80,5%.", ""},
    {"two sectors together are neither, listed with commas too", "2020",
     "Cơ cấu kinh tế: Nông, lâm nghiệp và thuỷ sản chiếm 16,5%; Công nghiệp, xây dựng, dịch vụ "
     "chiếm 83,5%.",
     "grdp.share.agriculture level 2020 16.5 A"},
    {"a qualifier between the sowing verb and its figure ('gieo trồng được gần 6.000 ha cây "
     "trồng các loại'); a yield in 'tạ/héc ta'", "2022-01/P4M",
     "Toàn huyện gieo trồng được gần 6.000 ha cây trồng các loại, tăng hơn 5% so với cùng kỳ; "
     "lúa vụ Đông Xuân đạt năng suất 51,2 tạ/héc ta.",
     "agri.sown_area level 2022-01/P4M 6000 A; agri.sown_area yoy_pct 2022-01/P4M 5 A; "
     "agri.rice_yield level 2022-01/P4M 51.2 A"},
    {"a figure up to a date before the year whose tasks the sentence set out is a result, "
     "no target", "2023",
     "Tại hội nghị đánh giá kết quả năm 2023, triển khai nhiệm vụ năm 2024, thành phố cho biết: "
     "tính đến ngày 28/12/2023, thành phố giải ngân vốn đầu tư công là 1.250/1.300 tỷ đồng, đạt "
     "96,2% kế hoạch.",
     "public_investment.disbursed level 2023-01-01/2023-12-28 1250 A; public_investment.disbursed "
     "plan 2023 1300 A; public_investment.disbursed pct_plan 2023-01-01/2023-12-28 96.2 A"},
    {"an amount after 'là' whose words back to 'so với' name a plan is the plan's value", "2021",
     "Kim ngạch xuất khẩu cả năm hơn 2 tỷ USD, vượt xa so với mục tiêu theo Nghị quyết Đại hội "
     "Đảng bộ tỉnh đến năm 2025 là 1,765 tỷ USD.",
     "exports level 2021 2000 A; exports plan 2025 1765 A"},
    {"'giá trị giải ngân' measured against a plan is public investment's", "2024-04",
     "Giá trị giải ngân tháng 4/2024 được 537 tỷ đồng, lũy kế 4 tháng được 1.789 tỷ đồng, đạt 36% "
     "kế hoạch.",
     "public_investment.disbursed level 2024-04 537 A; public_investment.disbursed level "
     "2024-01/P4M 1789 A; public_investment.disbursed pct_plan 2024-01/P4M 36 A"},
    {"the income per head of the countryside only is no figure of the economy's per head", "2020",
     "Thu nhập bình quân đầu người khu vực nông thôn năm 2020 đạt 52 triệu đồng.", ""},
    {"enterprises counted with their dependent units are no count of new enterprises", "2021",
     "Trong năm, toàn tỉnh có 216 doanh nghiệp, đơn vị trực thuộc và 52 hợp tác xã được thành lập "
     "mới.",
     "coop.new level 2021 52 A"},
    {"'vụ thu mùa', the North Central's name for the main season", "2023",
     "Vụ thu mùa năm 2023, toàn tỉnh gieo trồng được 152,1 nghìn ha, giảm 1,9% so với cùng kỳ.",
     "agri.sown_area.main_season level 2023 152100 A; agri.sown_area.main_season yoy_pct 2023 "
     "-1.9 A"},
    {"fish caught and farmed without 'sản lượng', told by the tonnes", "2021-H1",
     "Khai thác, đánh bắt và nuôi trồng thủy sản đạt 19.942 tấn, đạt 62,32% KH, tăng 2,1% cùng kỳ.",
     "aquaculture.output level 2021-H1 19942 A; aquaculture.output pct_plan 2021-H1 62.32 A; "
     "aquaculture.output yoy_pct 2021-H1 2.1 A"},
    {"a time of the day before a cut-off's date ('tính đến trưa ngày 28/12')", "2024",
     "Tính đến trưa ngày 28/12, thu ngân sách đạt 12.259 tỷ đồng, bằng 134% dự toán.",
     "budget.revenue level 2024-01-01/2024-12-28 12259 A; budget.revenue pct_plan "
     "2024-01-01/2024-12-28 134 A"},
    {"'đã giải ngân được 90,3%': achieved, of the plan", "2022",
     "Tổng kế hoạch vốn đầu tư công ngân sách huyện quản lý gần 287 tỷ đồng, đến ngày 23/12/2022 "
     "đã giải ngân được 90,3%.",
     "public_investment.disbursed plan 2022 287 A; public_investment.disbursed pct_plan "
     "2022-01-01/2022-12-23 90.3 A"},
    {"what a part adds to ('đóng góp ... vào tăng trưởng GRDP') is no subject", "2023",
     "GRDP tăng 8,34%; khu vực nông, lâm nghiệp và thủy sản tăng 10,25%, đóng góp 3,21 điểm phần "
     "trăm vào tăng trưởng GRDP của tỉnh (năm 2022 tăng 9,21%).",
     "grdp yoy_pct 2023 8.34 A; gva.agriculture yoy_pct 2023 10.25 A; "
     "gva.agriculture yoy_pct 2022 9.21 A"},
    {"a list given respectively after a year; changes take no place in it", "2023",
     "Khu vực dịch vụ chiếm tỷ trọng 36,86%, giảm 2,97%; khu vực công nghiệp và xây dựng chiếm "
     "tỷ trọng 29,95% (năm 2022 cơ cấu kinh tế lần lượt là: 39,83%; 23,32%).",
     "grdp.share.services level 2023 36.86 A; grdp.share.industry level 2023 29.95 A; "
     "grdp.share.services level 2022 39.83 A; grdp.share.industry level 2022 23.32 A"},
    {"a bare 'lần lượt' after a year opening brackets restates the list for that year",
     "2022",
     "Tỷ trọng khu vực công nghiệp xây dựng chiếm 64,22%, tỷ trọng khu vực dịch vụ chiếm "
     "29,2% và khu vực nông, lâm nghiệp, thủy sản chiếm 6,58% (Năm 2021 lần lượt "
     "là: 62,82%, 29,43% và 7,76%).",
     "grdp.share.industry level 2022 64.22 A; grdp.share.services level 2022 29.2 A; "
     "grdp.share.agriculture level 2022 6.58 A; grdp.share.industry level 2021 62.82 A; "
     "grdp.share.services level 2021 29.43 A; grdp.share.agriculture level 2021 7.76 A"},
    {"a base named before 'bằng' over two words or with the year before ('so với cùng kỳ năm "
     "trước bằng 322%'); one further back is none", "2022-H1",
     "Tổng thu ngân sách trên địa bàn là 2.542 tỷ đồng; so với cùng kỳ năm trước bằng 322%. Chi "
     "ngân sách là 2.806 tỷ đồng, so cùng kỳ năm 2021 bằng 92%. Thu nội địa là 1.100 tỷ đồng, so "
     "cùng kỳ năm 2019 bằng 150%.",
     "budget.revenue level 2022-H1 2542 A; budget.revenue yoy_pct 2022-H1 222 A; "
     "budget.expenditure level 2022-H1 2806 A; budget.expenditure yoy_pct 2022-H1 -8 A"},
    {"a date in brackets dates its clause and the parts after 'trong đó', not the next subject "
     "after ';'", "2024-01/P9M",
     "Giải ngân vốn đầu tư công (tính đến ngày 21/10/2024) là 680 tỷ đồng, đạt 44,5% kế hoạch; "
     "trong đó vốn ngân sách tỉnh 300 tỷ đồng; tổng vốn đầu tư phát triển toàn xã hội ước thực "
     "hiện 11.000 tỷ đồng, tăng 7,6%.",
     "public_investment.disbursed level 2024-01-01/2024-10-21 680 A; public_investment.disbursed "
     "pct_plan 2024-01-01/2024-10-21 44.5 A; investment.total level 2024-01/P9M 11000 E; "
     "investment.total yoy_pct 2024-01/P9M 7.6 E"},
    {"the economy's size in a review of years is its last year's; a crop's name before a yield",
     "2016/2020",
     "GRDP tăng bình quân 7%/năm; quy mô nền kinh tế ước đạt hơn 60.000 tỷ đồng. Năng suất các "
     "cây trồng như sau: Lúa 57,5 tạ/ha, ngô 55,5 tạ/ha.",
     "grdp avg_annual_pct 2016/2020 7 A; grdp level 2020 60000 E [current]; agri.rice_yield level "
     "2020 57.5 E"},
    {"a total, then after 'trong đó' the indicator named narrowly ('thu ngân sách nhà nước trên "
     "địa bàn'): the narrower, which the document keeps", "2016/2020",
     "Tổng thu ngân sách nhà nước giai đoạn 2016-2020 ước đạt 55.257 tỷ đồng; trong đó, thu ngân "
     "sách nhà nước trên địa bàn ước đạt 5.794,01 tỷ đồng, năm 2020 đạt 1.249,94 tỷ đồng.",
     "budget.revenue level 2016/2020 55257 E; budget.revenue level 2016/2020 5794.01 E; "
     "budget.revenue level 2020 1249.94 E"},
    {"'tính đến giữa tháng 4' is the months to date, as 'đến hết tháng 4'", "2021-04",
     "Tính đến giữa tháng 4/2021, tổng diện tích gieo trồng vụ Đông Xuân năm 2021 ước đạt 36.006 "
     "ha, so với cùng kỳ tăng 0,07%.",
     "agri.sown_area.winter_spring level 2021-01/P4M 36006 E; agri.sown_area.winter_spring yoy_pct "
     "2021-01/P4M 0.07 E"},
    {"an occasion's days named by it ('dịp Tết', 'dịp này') give no period; with its dates "
     "('từ ngày 20 - 26/1/2023') they are the period", "2023-01/P2M",
     "Trong dịp Tết Nguyên đán, thị xã đón khoảng 475 nghìn lượt khách; doanh thu du lịch trong "
     "dịp này đạt 1.395 tỷ đồng. Trong 7 ngày nghỉ Tết (từ ngày 20 - 26/1/2023), huyện đón 88.000 "
     "lượt khách; từ ngày 27 đến 31/1/2023 đón 12.000 lượt khách.",
     "tourism.visitors level 2023-01-20/2023-01-26 88000 E; tourism.visitors level "
     "2023-01-27/2023-01-31 12000 E"},
    {"a season heading its clause, then the sown area: the season's; a season the catalogue "
     "lacks ends it", "2019-H1",
     "Vụ Đông Xuân 2018-2019: Diện tích gieo trồng cây hàng năm đạt 47.250,5 ha, đạt 103,6% kế "
     "hoạch vụ; vụ Hè thu 2019: diện tích gieo trồng vụ Hè thu đạt 63.459,6 ha.",
     "agri.sown_area.winter_spring level 2019-H1 47250.5 A; agri.sown_area.winter_spring pct_plan "
     "2019-H1 103.6 A"},
    {"what the subject overtakes ('vượt khu vực nông, lâm nghiệp và thủy sản') is no subject",
     "2025-01/P9M",
     "Khu vực công nghiệp - xây dựng tiếp tục vượt khu vực nông, lâm nghiệp và thủy sản khi vươn "
     "lên đứng thứ 2 với mức tăng 9,34%.",
     "gva.industry yoy_pct 2025-01/P9M 9.34 A"},
    {"industry with handicrafts and construction is no industry's output, trade with services no "
     "subject; 'tổng mức luân chuyển hàng hóa và doanh thu dịch vụ' is retail", "2020",
     "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp và xây dựng ước đạt hơn 80 tỷ đồng, tăng "
     "hơn 10%; giá trị sản xuất thương mại, dịch vụ đạt 1.542 tỷ đồng; tổng mức luân chuyển hàng "
     "hóa và doanh thu dịch vụ đạt 5.342 tỷ đồng.",
     "retail.sales level 2020 5342 E"},
    {"branches, amended licences and closures registered are no new enterprises", "2020-05",
     "Trong tháng 5 có 45 doanh nghiệp thành lập mới; 06 doanh nghiệp đăng ký chi nhánh, văn phòng "
     "đại diện, lũy kế 4 tháng đầu năm 2020 có 18 doanh nghiệp đăng ký chi nhánh; 09 doanh nghiệp "
     "đăng ký tạm ngừng hoạt động, lũy kế 4 tháng đầu năm 2020 có 79 doanh nghiệp đăng ký tạm "
     "ngừng hoạt động.",
     "enterprise.new level 2020-05 45 A"},
    {"growth alone opening a clause of a sentence that names no subject is the economy's; after "
     "a subject it is not", "2023",
     "Năm nay, tỉnh có 26 chỉ tiêu ước đạt và vượt kế hoạch đề ra, tăng trưởng ước đạt 8,05%; chỉ "
     "số sản xuất công nghiệp ước tăng 8%. Xuất khẩu đạt 2,4 tỷ USD, tăng trưởng 56%.",
     "grdp yoy_pct 2023 8.05 E; industry.production_index yoy_pct 2023 8 E; exports level 2023 "
     "2400 E; exports yoy_pct 2023 56 E"},
    {"after a sector that blocks where it stands, a phrase naming its own indicator is the "
     "subject", "2025-01/P9M",
     "GRDP tăng 10,45%. Ngành công nghiệp tiếp tục là đầu tàu kinh tế khi chỉ số sản xuất tăng "
     "22,03% so với cùng kỳ.",
     "grdp yoy_pct 2025-01/P9M 10.45 A; industry.production_index yoy_pct 2025-01/P9M 22.03 A"},
    {"a share of the schools named right after the percentage; not one level's, nor the next "
     "clause's phrase", "2020",
     "Có 60,6% trường học do thành phố quản lý đạt chuẩn quốc gia; 48% trường mầm non đạt chuẩn "
     "quốc gia. GRDP tăng 7,36%; các ngành dịch vụ tăng 2,19% và thuế sản phẩm tăng 5,1%.",
     "edu.standard_schools.rate level 2020 60.6 A; grdp yoy_pct 2020 7.36 A; gva.services yoy_pct "
     "2020 2.19 A"},
    {"a party congress's term is its five-year plan's; a council's is as written", "2020",
     "Trong nhiệm kỳ 2015-2020, giá trị xuất khẩu tăng bình quân 14,34%/năm; trong nhiệm kỳ "
     "2016-2021, Ủy ban nhân dân tỉnh ban hành 205 văn bản.",
     "exports avg_annual_pct 2016/2020 14.34 A; admin.documents level 2016/2021 205 A"},
    {"GRDP to a day of a quarter's last month (the statistics office's cut-off) is the months to "
     "the quarter's end; budget revenue to that day stays dated", "2022-H1",
     "Tính đến ngày 15/6, GRDP đạt 112.868,5 tỷ đồng, tăng 7,06%. Thu ngân sách đến ngày 15/6 đạt "
     "3.620 tỷ đồng.",
     "grdp level 2022-H1 112868.5 A; grdp yoy_pct 2022-H1 7.06 A; budget.revenue level "
     "2022-01-01/2022-06-15 3620 A"},
    {"a cut-off day after 'hết ngày' alone, as after 'đến hết ngày'", "2025",
     "Thu ngân sách nhà nước, số liệu cập nhật trên hệ thống Tabmis hết ngày 26/12/2025 đạt 28.569 "
     "tỷ đồng.",
     "budget.revenue level 2025-01-01/2025-12-26 28569 A"},
    {"'Lũy kế năm 2024' in a report of nine months is the year so far", "2024-01/P9M",
     "Lũy kế năm 2024, trên địa bàn tỉnh đã cấp mới 61 dự án.",
     "investment.projects level 2024-01/P9M 61 A"},
    {"'lũy kế toàn tỉnh có' a stock's running total: the figures before it are the report's, not "
     "its last month's", "2025-H1",
     "Ngoài ra, đã thành lập mới 28 hợp tác xã, đạt 51% kế hoạch; lũy kế toàn tỉnh có 566 hợp tác "
     "xã.",
     "coop.new level 2025-H1 28 A; coop.new pct_plan 2025-H1 51 A"},
    {"the consumer price index, which the catalogue lacks, is no subject's growth", "2023",
     "Tổng vốn đầu tư thực hiện toàn xã hội ước đạt hơn 39.883 tỷ đồng (đạt 94,95% so với kế hoạch "
     "và tăng 3,77% so với năm 2022); chỉ số giá tiêu dùng bình quân năm tăng 3,19% so với cùng kỳ.",
     "investment.total level 2023 39883 E; investment.total pct_plan 2023 94.95 E; "
     "investment.total yoy_pct 2023 3.77 E"},
    {"'số dự án được chấp thuận chủ trương đầu tư ... bằng 25%'; 'tăng 22% về số lượng, 43% về số "
     "vốn': the verb left out of the second", "2022-01/P5M",
     "Từ đầu năm đến nay, số dự án được chấp thuận chủ trương đầu tư chỉ bằng 25% so với cùng kỳ. "
     "Toàn tỉnh đã thành lập mới 537 doanh nghiệp với tổng vốn đăng ký gần 4.300 tỷ đồng (tăng "
     "22% về số lượng, 43% về số vốn).",
     "investment.projects yoy_pct 2022-01/P5M -75 A; enterprise.new level 2022-01/P5M 537 A; "
     "enterprise.new.capital level 2022-01/P5M 4300 A; enterprise.new yoy_pct 2022-01/P5M 22 A; "
     "enterprise.new.capital yoy_pct 2022-01/P5M 43 A"},
    {"'%NQ', the council's resolution, is the plan; 'Kế hoạch tổng thu ngân sách ... được giao "
     "là' names the plan", "2023",
     "Tỷ lệ dân số tham gia BHYT ước thực hiện 83%, đạt 91%NQ. Kế hoạch tổng thu ngân sách nhà "
     "nước năm 2023 được giao là 308,9 tỷ đồng.",
     "social.health_insurance level 2023 83 E; social.health_insurance pct_plan 2023 91 E; "
     "budget.revenue plan 2023 308.9 A"},
    {"the North's 'vụ Xuân' is the winter-spring crop; annual crops of a season, then sown", "2026-01",
     "Đến ngày 15/1/2026, tổng diện tích các cây trồng hằng năm vụ Xuân đã gieo trồng đạt khoảng "
     "21.432 ha, bằng 16,44% kế hoạch.",
     "agri.sown_area.winter_spring level 2026-01-01/2026-01-15 21432 E; agri.sown_area.winter_spring "
     "pct_plan 2026-01-01/2026-01-15 16.44 E"},
    {"a bare year listed after a part of a year is that part of it, in brackets too", "2025-Q1",
     "Tổng sản phẩm trên địa bàn quý I năm 2025 tăng 7,51%, mức tăng quý I năm 2020 tăng 0,42%, "
     "năm 2021 tăng 4,58%.",
     "grdp yoy_pct 2025-Q1 7.51 A; grdp yoy_pct 2020-Q1 0.42 A; grdp yoy_pct 2021-Q1 4.58 A"},
    {"... and in brackets after it", "2024-H1",
     "Tốc độ tăng IIP 6 tháng đầu năm: Năm 2022 (+11,1%); năm 2023 (+10%).",
     "industry.production_index yoy_pct 2022-H1 11.1 A; industry.production_index yoy_pct 2023-H1 "
     "10 A"},
    {"'gieo trồng được 26.936,4 ha cây trồng các loại' is the area sown", "2023",
     "Năm 2023, toàn huyện gieo trồng được 26.936,4 ha cây trồng các loại, đạt 99,6% so với kế "
     "hoạch huyện.",
     "agri.sown_area level 2023 26936.4 A; agri.sown_area pct_plan 2023 99.6 A"},
    {"a sector named in the structure, then its growth: its value added's", "2024",
     "Trong cơ cấu kinh tế, khu vực công nghiệp - xây dựng tiếp tục là động lực chính với mức tăng "
     "trưởng 16,57%.",
     "gva.industry yoy_pct 2024 16.57 A"},
    {"'với tỷ lệ tăng ...' is the subject's rate, as after 'chiếm', 'đạt'", "2022-H1",
     "Tỉnh đứng thứ 2 cả nước về tốc độ tăng GRDP với tỷ lệ tăng ước 14,7%.",
     "grdp yoy_pct 2022-H1 14.7 E"},
    {"a multiple's base year ('gấp 4,5 lần năm 2021') is no period; guest-days are no visits",
     "2022",
     "Dự kiến trong năm 2022, thành phố đón được gần 7,1 triệu lượt khách, gấp 4,5 lần năm 2021, "
     "bằng 200,6% kế hoạch; phục vụ hơn 14 triệu ngày khách, bằng 172,1% kế hoạch.",
     "tourism.visitors level 2022 7100000 E; tourism.visitors pct_plan 2022 200.6 E"},
    {"a share's verb left out after 'và' ('đạt 52,3% kế hoạch và 104% so với cùng kỳ')",
     "2025-H1",
     "Tổng mức bán lẻ hàng hóa và doanh thu tiêu dùng đạt 730,9 tỷ đồng, đạt 52,3% kế hoạch và 104% "
     "so với cùng kỳ.",
     "retail.sales level 2025-H1 730.9 A; retail.sales pct_plan 2025-H1 52.3 A; retail.sales "
     "yoy_pct 2025-H1 4 A"},
    {"a subject named after the comma that ended a blocked clause is its own; 'N triệu khách' "
     "are visits", "2025",
     "Doanh thu dịch vụ lưu trú, ăn uống và du lịch lữ hành đạt khoảng 9.760 tỷ đồng, trong khi "
     "du lịch đón 6,5 triệu lượt khách, tăng 15% so với năm trước. Lũy kế cả năm đạt 6,6 triệu "
     "khách.",
     "tourism.visitors level 2025 6500000 E; tourism.visitors yoy_pct 2025 15 E"},
    {"'gieo trồng ... ha cây trồng vụ Đông-Xuân'; 'tổng kinh phí đầu tư phát triển toàn xã hội'",
     "2023",
     "Toàn huyện gieo trồng hơn 7.260 ha cây trồng vụ Đông-Xuân, đạt 100,95% kế hoạch. Tổng kinh "
     "phí đầu tư phát triển toàn xã hội khoảng 1.400 tỷ đồng, tăng 12% so với kế hoạch.",
     "agri.sown_area.winter_spring level 2023 7260 A; agri.sown_area.winter_spring pct_plan 2023 "
     "100.95 A; investment.total level 2023 1400 E; investment.total pct_plan 2023 112 E"},
    {"the local budget's share of the revenue collected is no revenue of its own", "2023-01/P10M",
     "Thu ngân sách địa phương được hưởng (phần thu nội địa) 10 tháng ước 17.363 tỷ đồng, đạt "
     "79,4% so với dự toán.",
     ""},
    {"'Người dân tham gia BHYT đạt 97,18%': the rate without its word; a count of them is none",
     "2023",
     "Người dân tham gia BHYT đạt 97,18%. Có 12.000 người dân tham gia BHYT.",
     "social.health_insurance level 2023 97.18 A"},
    {"a one-word gloss in brackets inside a phrase ('vốn đầu tư phát triển (ĐTPT) toàn xã hội')",
     "2018",
     "Trong năm, số doanh nghiệp (DN) thành lập mới là 186; vốn đầu tư phát triển (ĐTPT) toàn xã "
     "hội đạt 1.946 tỷ đồng.",
     "enterprise.new level 2018 186 A; investment.total level 2018 1946 A"},
    {"transport's takings after tourism's are no tourism revenue", "2022",
     "Tổng lượt khách du lịch đạt 150 nghìn lượt, doanh thu du lịch đạt 90 tỷ đồng. Doanh thu vận "
     "tải ước đạt 170,7 tỷ đồng, tăng 57,66% so với cùng kỳ; doanh thu du lịch, lữ hành đạt 30 tỷ "
     "đồng.",
     "tourism.visitors level 2022 150000 A; tourism.revenue level 2022 90 A"},
    {"'diện tích hiện có cây lâu năm'; 'tổng sản lượng' after 'sản xuất thủy sản'", "2023",
     "Tổng diện tích hiện có cây lâu năm đạt 31.642 ha. Sản xuất thủy sản năm 2023 duy trì mức "
     "tăng trưởng nhẹ với tổng sản lượng ước đạt 56.424 tấn, tăng 1.231 tấn.",
     "agri.perennial_area level 2023 31642 A; aquaculture.output level 2023 56424 E"},
    {"'tháng 11-12/2023' is two months; 'tháng 8-2023' one", "2023",
     "Thu ngân sách tháng 8-2023 đạt 500 tỷ đồng; tháng 11-12/2023 đạt 900 tỷ đồng.",
     "budget.revenue level 2023-08 500 A; budget.revenue level 2023-11/P2M 900 A"},
    {"the economy of the place's own word, an adverb between ('kinh tế thành phố liên tục tăng "
     "trưởng')", "2022",
     "Kinh tế thành phố liên tục tăng trưởng cao, bình quân giai đoạn 2016 - 2019 đạt 7,72%.",
     "grdp avg_annual_pct 2016/2019 7.72 A"},
    {"a span against a span is no yearly change; manufacturing's index is a part", "2016/2020",
     "Tổng thu ngân sách trên địa bàn giai đoạn 2016 - 2020 là 1,85 triệu tỷ đồng, tăng 55,5% so "
     "với giai đoạn 2011 - 2015, tốc độ tăng thu bình quân là 7,6%; chỉ số sản xuất công nghiệp "
     "chế biến, chế tạo tăng 9,1%.",
     "budget.revenue level 2016/2020 1850000 A; budget.revenue avg_annual_pct 2016/2020 7.6 A"},
    {"the whole a share is of ('trong GRDP') is no subject; 'quy mô toàn nền kinh tế'", "2019",
     "Quy mô toàn nền kinh tế ước đạt hơn 109 nghìn tỷ đồng; khu vực dịch vụ chiếm 64,35% trong "
     "GRDP (năm 2018 là 63,21%).",
     "grdp level 2019 109000 E [current]; grdp.share.services level 2019 64.35 E; "
     "grdp.share.services level 2018 63.21 E"},
    {"a sector's growth written without '%'; 'GTSX công nghiệp'", "2022-H1",
     "GRDP tăng 7,1%; trong đó, khu vực công nghiệp và xây dựng tăng 8,5; GTSX công nghiệp đạt "
     "389,1 nghìn tỷ đồng.",
     "grdp yoy_pct 2022-H1 7.1 A; gva.industry yoy_pct 2022-H1 8.5 A; "
     "industry.output level 2022-H1 389100 A"},
    {"a base's year before '(' dates an amount inside, not a share of the plan", "2024-01/P11M",
     "Toàn tỉnh đón 9,2 triệu lượt khách, tăng 41,5% so với cùng kỳ năm 2023 (vượt 8,4% kế "
     "hoạch năm 2024).",
     "tourism.visitors level 2024-01/P11M 9200000 A; tourism.visitors yoy_pct 2024-01/P11M 41.5 A; "
     "tourism.visitors pct_plan 2024-01/P11M 108.4 A"},
    {"'đến 15/6' before a verb is a date of the report's year; 'đến 10/12 xã' is no date",
     "2018-H1",
     "Sản lượng thủy sản đến nay đến 15/6 đạt 4.210,5 tấn, tăng 5,2% CK.",
     "aquaculture.output level 2018-01-01/2018-06-15 4210.5 A; "
     "aquaculture.output yoy_pct 2018-01-01/2018-06-15 5.2 A"},
    {"... 'đến 10/12 xã' is no date", "2018-H1",
     "Số xã đạt chuẩn nông thôn mới tăng đến 10/12 xã.", "rural.ncr_communes level 2018-H1 10 A"},
    {"a stock with its own date written out keeps it, also where the report's period ends "
     "('đến thời điểm 30/6/2015' in a half-year report); a flow to that day is the report's",
     "2015-H1",
     "Thu ngân sách tính đến ngày 30/6/2015 đạt 1.200 tỷ đồng. Tính đến thời điểm 30/6/2015, "
     "ước tính đàn trâu có 24.480 con, giảm 2,5% so với cùng thời điểm năm trước.",
     "budget.revenue level 2015-H1 1200 A; livestock.buffalo level 2015-06-30 24480 E; "
     "livestock.buffalo yoy_pct 2015-06-30 -2.5 E"},
    {"a ';' clause that states a figure of a subject it does not name: its growth is that "
     "subject's, also measured against the same period; annual crops' area is the area sown",
     "2019-01/P9M",
     "Tổng diện tích cây trồng hàng năm đạt 24.748 ha, bằng 99,44% so với cùng kỳ. Tổng mức bán "
     "lẻ hàng hóa đạt 1.584 tỷ đồng, tăng 8,54%; doanh thu vận tải đạt 210 tỷ đồng, tăng 7,2% so "
     "với cùng kỳ.",
     "agri.sown_area level 2019-01/P9M 24748 A; agri.sown_area yoy_pct 2019-01/P9M -0.56 A; "
     "retail.sales level 2019-01/P9M 1584 A; retail.sales yoy_pct 2019-01/P9M 8.54 A"},
    {"the report's own area named again after another's: its figures once more", "2023",
     "Kinh tế cả nước tăng 5%, kinh tế tỉnh Kon Tum tăng 6,5%; Gia Lai tăng 4%, Kon Tum tăng "
     "6,6% so với cùng kỳ.",
     "grdp yoy_pct 2023 6.5 A; grdp yoy_pct 2023 6.6 A"},
    {"a sector's growth reached ('Tăng trưởng khu vực ... đạt 6,8%') is its growth", "2021",
     "Tăng trưởng khu vực nông, lâm nghiệp, thủy sản đạt 6,8% (đóng góp 0,7 điểm %).",
     "gva.agriculture yoy_pct 2021 6.8 A"},
    {"a sector's amount and '(chiếm X%)' in a sentence on the whole economy: its share", "2021",
     "Quy mô nền kinh tế năm 2021 đạt 149.090 tỉ đồng; trong đó dịch vụ 39.702 tỉ đồng (chiếm "
     "26,6%).",
     "grdp level 2021 149090 A [current]; gva.services level 2021 39702 A; grdp.share.services "
     "level 2021 26.6 A"},
    {"... not its part of the growth", "2021",
     "GRDP tăng 8,2%; khu vực dịch vụ tăng 10,76%, chiếm 62,76% trong mức tăng trưởng chung.",
     "grdp yoy_pct 2021 8.2 A; gva.services yoy_pct 2021 10.76 A"},
    {"'tổng mức đầu tư toàn xã hội', 'huy động đầu tư toàn xã hội'; 'tạo thêm việc làm'", "2014",
     "Huy động đầu tư toàn xã hội 31.818 tỷ đồng, tăng 9,29%. Tạo thêm việc làm mới cho 33.552 "
     "lao động.",
     "investment.total level 2014 31818 A; investment.total yoy_pct 2014 9.29 A; labour.jobs level "
     "2014 33552 A"},
    {"'thu nhập bình quân' in money is income per head, after another subject too; not a "
     "worker's wage",
     "2015",
     "Tỷ lệ hộ nghèo ước còn 12%; thu nhập bình quân đạt 36,5 triệu đồng/người.",
     "social.poverty_rate level 2015 12 E; grdp.per_capita level 2015 36.5 E"},
    {"... not a worker's wage", "2015",
     "Thu nhập bình quân của người lao động đạt 6,5 triệu đồng/người/tháng.", ""},
    {"'lĩnh vực nông nghiệp và thủy sản' under GRDP is farming's value added", "2018",
     "Tổng sản phẩm trên địa bàn huyện đạt 1.875 tỷ đồng, tăng 6,77%. Trong đó, lĩnh vực nông "
     "nghiệp và thủy sản đạt 895 tỷ đồng, tăng 3,92%.",
     "grdp level 2018 1875 A; grdp yoy_pct 2018 6.77 A; gva.agriculture level 2018 895 A; "
     "gva.agriculture yoy_pct 2018 3.92 A"},
    {"a percentage of poor households is the poverty rate, their number their count", "2022",
     "Hộ nghèo chuẩn tỉnh chỉ còn 2,31%. Toàn huyện còn 120 hộ nghèo.",
     "social.poverty_rate level 2022 2.31 A; social.poor_households level 2022 120 A"},
    {"herds as 'tổng số trâu'; a season compared with is no subject", "2023-01/P11M",
     "Ước tính cuối tháng, tổng số trâu của cả tỉnh giảm 0,6% so với cùng thời điểm năm trước; "
     "tổng số gia cầm tăng 7,2%.",
     "livestock.buffalo yoy_pct 2023-01/P11M -0.6 E; livestock.poultry yoy_pct 2023-01/P11M 7.2 E"},
    {"a month written out after 'tháng' ('tháng Mười', 'tháng Mười một'); 'tháng năm' is no May; "
     "the end of a month is its last day: a stock's date, the report's own period where it ends",
     "2023-01/P11M",
     "Sau bao tháng năm khó khăn, tổng số gia cầm tăng 2,1% so với cùng kỳ. Ước tính cuối tháng "
     "Mười, tổng số trâu giảm 0,7% so với cùng thời điểm năm trước; thu ngân sách tháng Mười một "
     "năm 2023 đạt 350 tỷ đồng. Ước tính cuối tháng Mười một, tổng số bò tăng 0,4% so với cùng "
     "thời điểm năm trước. Từ cuối tháng 4, tổng số lợn tăng 3% so với cùng thời điểm năm trước.",
     "livestock.poultry yoy_pct 2023-01/P11M 2.1 A; livestock.buffalo yoy_pct 2023-10-31 -0.7 E; "
     "budget.revenue level 2023-11 350 E; livestock.cattle yoy_pct 2023-01/P11M 0.4 E; "
     "livestock.pig yoy_pct 2023-01/P11M 3 E"},
    {"a flow's or stock's growth, then its share of the plan: the level's share", "2024-H1",
     "Thu ngân sách nhà nước trên địa bàn tăng 12%, đạt 55% dự toán năm; diện tích nuôi trồng "
     "thủy sản tăng 12%, đạt gần 79% kế hoạch năm.",
     "budget.revenue yoy_pct 2024-H1 12 A; budget.revenue pct_plan 2024-H1 55 A; "
     "aquaculture.area yoy_pct 2024-H1 12 A; aquaculture.area pct_plan 2024-H1 79 A"},
    {"a gloss with its price basis names the subject: '(GRDP- Giá thực tế)'", "2015",
     "Tổng giá trị gia tăng (GRDP- Giá thực tế) đạt 3.688,2 tỷ đồng.",
     "grdp level 2015 3688.2 A [current]"},
    {"... '(GRDP, giá so sánh 2010)'", "2015",
     "Năm 2015, tổng giá trị gia tăng (GRDP, giá so sánh 2010) tăng 9,5%.",
     "grdp yoy_pct 2015 9.5 A [const2010]"},
    {"where something runs from ('kể từ năm 2020', 'kể từ đầu nhiệm kỳ 2020-2025') is no period",
     "2024",
     "GRDP tăng 6,74%, cao nhất kể từ năm 2020; thu ngân sách đạt 2.524 tỷ đồng. Thu ngân sách "
     "tăng 21%, mức cao nhất kể từ đầu nhiệm kỳ 2020-2025.",
     "grdp yoy_pct 2024 6.74 A; budget.revenue level 2024 2524 A; budget.revenue yoy_pct 2024 21 A"},
    {"sectors after 'cơ cấu các ngành kinh tế' are shares", "2016",
     "Cơ cấu các ngành kinh tế chuyển dịch theo hướng tích cực: nông, lâm nghiệp, thủy sản đạt "
     "20,36%; công nghiệp - xây dựng đạt 35,62%; dịch vụ đạt 44,02%.",
     "grdp.share.agriculture level 2016 20.36 A; grdp.share.industry level 2016 35.62 A; "
     "grdp.share.services level 2016 44.02 A"},
    {"the parts of a list after the first take its verb: 'khu vực I tăng 3,2%, khu vực II 8,1%'; "
     "not a part with a verb of its own", "2016",
     "GRDP tăng 7,5%; trong đó khu vực nông nghiệp tăng 3,2%, công nghiệp - xây dựng 8,1%, dịch "
     "vụ giảm 1,5%, thuế sản phẩm 2%. Khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 24,06%, "
     "giảm 3%; khu vực dịch vụ chiếm tỷ trọng 36,86%.",
     "grdp yoy_pct 2016 7.5 A; gva.agriculture yoy_pct 2016 3.2 A; gva.industry yoy_pct 2016 8.1 A; "
     "gva.services yoy_pct 2016 -1.5 A; grdp.share.agriculture level 2016 24.06 A; "
     "grdp.share.services level 2016 36.86 A"},
    {"'giá trị tăng thêm' after a sector's share is that sector's value added", "2021",
     "Khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 26,96%, giá trị tăng thêm đạt 10.709 tỷ "
     "đồng; khu vực dịch vụ chiếm tỷ trọng 38,81%, giá trị tăng thêm đạt 15.416 tỷ đồng.",
     "grdp.share.agriculture level 2021 26.96 A; gva.agriculture level 2021 10709 A; "
     "grdp.share.services level 2021 38.81 A; gva.services level 2021 15416 A"},
    {"a stock's total after 'lên' over the count added to it in the sentence", "2021",
     "Năm 2021 có 13 xã đạt chuẩn nông thôn mới, đưa tổng số xã đạt chuẩn nông thôn mới toàn "
     "tỉnh lên 88 xã. Tổng số hộ nghèo giảm 500 hộ, xuống còn 3.200 hộ.",
     "rural.ncr_communes level 2021 13 A; rural.ncr_communes level 2021 88 A; "
     "social.poor_households level 2021 3200 A"},
    {"an average growth against its target is no share of a plan", "2021/2025",
     "GRDP tăng bình quân 7,1%/năm (đạt 101,4% so với mục tiêu Nghị quyết).",
     "grdp avg_annual_pct 2021/2025 7.1 A"},
    {"sectors named by their activities", "2017-H1",
     "Tăng trưởng kinh tế đạt 4,3%; trong đó, khu vực sản xuất nông nghiệp, lâm nghiệp và thủy "
     "sản tăng 1,5%; khu vực sản xuất công nghiệp và hoạt động xây dựng tăng 6,6%.",
     "grdp yoy_pct 2017-H1 4.3 A; gva.agriculture yoy_pct 2017-H1 1.5 A; "
     "gva.industry yoy_pct 2017-H1 6.6 A"},
    {"a change in brackets after an amount set against the plan is against the plan", "2017",
     "Thu ngân sách đạt 9.840 tỷ đồng, tăng 1.240 tỷ đồng so với dự toán (tăng 14,4%).",
     "budget.revenue level 2017 9840 A; budget.revenue pct_plan 2017 114.4 A"},
    {"a growth rate's excess over its target is in points; a level's is a share", "2017",
     "Tốc độ tăng trưởng kinh tế đạt 9,6%, vượt 0,6% so với kế hoạch; thu ngân sách đạt 5.200 "
     "tỷ đồng, vượt 4% kế hoạch.",
     "grdp yoy_pct 2017 9.6 A; budget.revenue level 2017 5200 A; budget.revenue pct_plan 2017 104 A"},
    {"international visitors after 'lượng khách' are a part", "2025-Q1",
     "Lượng khách quốc tế đạt 1.268,3 nghìn lượt, tăng 42,1%.", ""},
    {"sectors written short in a structure ('CN-XD')", "2023-H1",
     "Cơ cấu kinh tế: tỷ trọng ngành nông, lâm nghiệp, thủy sản 18,52%; CN-XD 40,31%; dịch vụ "
     "36,07%.",
     "grdp.share.agriculture level 2023-H1 18.52 A; grdp.share.industry level 2023-H1 40.31 A; "
     "grdp.share.services level 2023-H1 36.07 A"},
    {"industry with handicrafts written short ('CN-TTCN-XD')", "2014",
     "Tỷ trọng các ngành trong cơ cấu GDP là: Nông nghiệp chiếm 13,6%; CN-TTCN-XD chiếm 42,3%; "
     "Dịch vụ - thương mại chiếm 44,1%.",
     "grdp.share.agriculture level 2014 13.6 A; grdp.share.industry level 2014 42.3 A; "
     "grdp.share.services level 2014 44.1 A"},
    {"'cao hơn năm 2009' compares: the figures after it are the report's", "2010",
     "Năm 2010 kinh tế tăng trưởng cao hơn năm 2009, cơ cấu kinh tế chuyển dịch tích cực, tỷ "
     "trọng công nghiệp - xây dựng và dịch vụ chiếm 86,3%, ngành nông, lâm nghiệp, thủy sản còn "
     "13,7%, thu ngân sách tăng 39,5% so với năm 2009.",
     "grdp.share.agriculture level 2010 13.7 A; budget.revenue yoy_pct 2010 39.5 A"},
    {"'trong hơn 20 năm qua' is a length, no comparison", "2021",
     "Trong quý I, lần đầu tiên công nghiệp tăng trưởng âm trong hơn 20 năm qua; các quý còn lại "
     "sản xuất công nghiệp phục hồi và đều tăng trưởng trên 20%.", ""},
    {"'tỷ lệ' right before a figure after poor households counted is their rate", "2021",
     "Toàn huyện hiện có 793 hộ nghèo/53.904 hộ, tỷ lệ 1,47%; 2.036 hộ cận nghèo/53.904 hộ, "
     "tỷ lệ 3,78%.",
     "social.poor_households level 2021 793 A; social.poverty_rate level 2021 1.47 A"},
    {"... but 'tỷ lệ' opening a longer subject is none of theirs", "2023",
     "Toàn tỉnh còn 5.200 hộ nghèo; tỷ lệ hộ dân tộc thiểu số có đất ở 98,56%, đạt 100,01% kế "
     "hoạch.",
     "social.poor_households level 2023 5200 A"},
    {"sightseers' visits; what tourism brings in, a proxy of its revenue", "2022",
     "Tổng lượt khách tham quan, lưu trú đạt 2.400.000 lượt; thu nhập xã hội từ hoạt động du lịch "
     "khoảng 1.813 tỷ đồng.",
     "tourism.visitors level 2022 2400000 A; tourism.revenue level 2022 1813 E"},
    {"... which the revenue named itself outranks", "2010",
     "Tổng doanh thu du lịch năm 2010 ước đạt 1.239 tỷ đồng; thu nhập xã hội từ hoạt động du lịch "
     "ước đạt 3.097 tỷ đồng.",
     "tourism.revenue level 2010 1239 E"},
    {"'giá trị công nghiệp - TTCN': industrial output with handicrafts", "2015-Q1",
     "Cụ thể, giá trị công nghiệp - TTCN ước đạt 1.154 tỷ đồng đạt 23,94% so với kế hoạch, tăng "
     "24,48% so với cùng kỳ năm trước.",
     "industry.output level 2015-Q1 1154 E; industry.output pct_plan 2015-Q1 23.94 E; "
     "industry.output yoy_pct 2015-Q1 24.48 E"},
    {"a number written wrong ('2.6761 tỷ đồng') gives nothing, the growth after it is read",
     "2019-Q3",
     "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 2.6761 tỷ đồng, tăng 13,7% so "
     "với cùng kỳ; khu vực công nghiệp, xây dựng ước đạt 3,489,6 tỷ đồng.",
     "retail.sales yoy_pct 2019-Q3 13.7 E"},
    {"'giải quyết công ăn việc làm cho'; 'ngành CN- TTCN - Xây dựng' in a structure", "2013",
     "Giải quyết công ăn việc làm cho hơn 4.200 lao động; cơ cấu ngành nông - lâm nghiệp, thủy sản "
     "chiếm 38%; ngành CN- TTCN - Xây dựng chiếm 25,5%; dịch vụ chiếm 36,5%.",
     "labour.jobs level 2013 4200 A; grdp.share.agriculture level 2013 38 A; grdp.share.industry "
     "level 2013 25.5 A; grdp.share.services level 2013 36.5 A"},
    {"a bare 'sản lượng' after the area farmed is the fish farms' output", "2024",
     "Diện tích nuôi thủy sản tăng 5,12%, sản lượng đạt 84.697 tấn, tăng 7,12%.",
     "aquaculture.area yoy_pct 2024 5.12 A; aquaculture.output level 2024 84697 A; "
     "aquaculture.output yoy_pct 2024 7.12 A"},
    {"the industry's branches are subjects of their own, no sector's growth", "2021-H1",
     "Nguyên nhân khu vực công nghiệp và xây dựng giảm so cùng kỳ chủ yếu là do ngành sản xuất điện "
     "giảm 19,39% so cùng kỳ, ngành khai khoáng giảm 5,89% so cùng kỳ; công nghiệp chế biến, chế "
     "tạo tăng 13,30%.", ""},
    {"'tốc độ tăng trưởng bình quân của tỉnh': the province's economy", "2010",
     "Tốc độ tăng trưởng bình quân của tỉnh trong giai đoạn 2006 - 2010 đạt 18,02%/năm.",
     "grdp avg_annual_pct 2006/2010 18.02 A"},
    {"a unit broken after its slash ('triệu đồng/ người') reads whole", "2014",
     "GDP bình quân đầu người đạt 21,2 triệu đồng/ người/ năm.",
     "grdp.per_capita level 2014 21.2 A"},
    {"'tăng bình quân là 13,7%': a rise averaged over the years", "2010",
     "Giai đoạn 2008 - 2010, GDP tăng trưởng bình quân là 12,8%/năm; trong đó, ngành công nghiệp và "
     "xây dựng tăng bình quân là 13,7%; dịch vụ tăng bình quân là 14,7%.",
     "grdp avg_annual_pct 2008/2010 12.8 A; gva.industry avg_annual_pct 2008/2010 13.7 A; "
     "gva.services avg_annual_pct 2008/2010 14.7 A"},
    {"visitors 'đến' the place; land-use rights granted; the whole society's capital", "2022-H1",
     "Khách đến tỉnh đạt 400.000 lượt; thu từ cấp quyền sử dụng đất đạt 66,228 tỷ đồng; huy "
     "động vốn toàn xã hội đạt 2.050 tỷ đồng.",
     "tourism.visitors level 2022-H1 400000 A; budget.revenue.land level 2022-H1 66.228 A; "
     "investment.total level 2022-H1 2050 A"},
    {"a sector's value added, then 'chiếm X%': its share", "2014",
     "Giá trị tăng thêm khu vực dịch vụ đạt 350.606 tỷ đồng chiếm 59,1% tăng 10,3%.",
     "gva.services level 2014 350606 A; grdp.share.services level 2014 59.1 A; gva.services "
     "yoy_pct 2014 10.3 A"},
    {"capital raised for development ('vốn huy động cho đầu tư phát triển'); raised alone is none",
     "2010",
     "Nguồn vốn huy động cho đầu tư phát triển trên địa bàn ước đạt 16.047 tỷ đồng, tăng 43% so với "
     "2009; nguồn vốn huy động của các ngân hàng đạt 9.500 tỷ đồng.",
     "investment.total level 2010 16047 E; investment.total yoy_pct 2010 43 E"},
    {"'phấn đấu' naming the plan a share is of starts no target", "2021-H1",
     "Thu ngân sách nhà nước trên địa bàn huyện đạt 660,299 tỷ đồng, đạt 96% kế hoạch tỉnh giao, "
     "đạt 84,4% kế hoạch huyện phấn đấu; Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng "
     "đạt 2.196tỷ  đồng, tăng 13,8% so với cùng kỳ.",
     "budget.revenue level 2021-H1 660.299 A; budget.revenue pct_plan 2021-H1 96 A [by "
     "province]; budget.revenue pct_plan 2021-H1 84.4 A; retail.sales level 2021-H1 "
     "2196 A; retail.sales yoy_pct 2021-H1 13.8 A"},
    {"a figure of the period before the one a meeting sets tasks for is a result", "2012-Q1",
     "Theo tin từ cuộc họp đánh giá tình hình thực hiện nhiệm vụ quý I và triển khai nhiệm vụ quý "
     "II, giá trị tổng sản phẩm (GDP) trên địa bàn quý I/2012 đạt 23% kế hoạch.",
     "grdp pct_plan 2012-Q1 23 A"},
    {"'tăng trưởng của cả nước': the country's growth, no figure of the report's area", "2012-Q1",
     "Trong quý I, GDP tăng 12,1% so cùng kỳ 2011 trong khi tăng trưởng của cả nước chỉ khoảng "
     "4%.",
     "grdp yoy_pct 2012-Q1 12.1 A"},
    {"a revenue target handed down; the capital plan beside its disbursement", "2022",
     "Huyện được giao chỉ tiêu thu ngân sách là 184,6 tỷ đồng. Kế hoạch vốn năm 2022 được giao "
     "417,6 tỷ đồng, giá trị giải ngân đạt 208,8 tỷ đồng.",
     "budget.revenue plan 2022 184.6 A; public_investment.disbursed plan 2022 417.6 A; "
     "public_investment.disbursed level 2022 208.8 A"},
    {"... but 'Về chỉ tiêu thu ngân sách' is what is spoken of", "2023",
     "Về chỉ tiêu thu ngân sách, ước thực hiện năm 2023 đạt 4.000 tỷ đồng.",
     "budget.revenue level 2023 4000 E"},
    {"'so vụ cùng kỳ': against the same season a year before", "2018-11",
     "Diện tích gieo trồng cây hàng năm vụ mùa toàn tỉnh đạt 60.599,6 ha, đạt 108,7% so kế hoạch "
     "vụ và bằng 96,99% so vụ cùng kỳ.",
     "agri.sown_area.main_season level 2018-11 60599.6 A; agri.sown_area.main_season pct_plan "
     "2018-11 108.7 A; agri.sown_area.main_season yoy_pct 2018-11 -3.01 A"},
    {"a yearly rate, then 'trong giai đoạn A - B': the span's average", "2011",
     "Tốc độ tăng trưởng kinh tế đạt 22,27%/năm trong giai đoạn 2006 – 2011, cao hơn tốc độ tăng "
     "trưởng của vùng.",
     "grdp avg_annual_pct 2006/2011 22.27 A"},
    {"a sector named as a share, then 'chiếm tỷ trọng' and a bare figure", "2022",
     "Về cơ cấu kinh tế, nông, lâm nghiệp chiếm tỷ trọng 7,4 tổng GRDP; dịch vụ 35,2%.",
     "grdp.share.agriculture level 2022 7.4 A; grdp.share.services level 2022 35.2 A"},
    {"'cơ cấu' past a ';' makes no growth a share", "2006/2010",
     "Tốc độ tăng trưởng kinh tế đạt bình quân 11,8%, trong đó: nông lâm nghiệp tăng 4,9%, dịch "
     "vụ tăng 13,6%; cơ cấu kinh tế chuyển dịch tích cực.",
     "grdp avg_annual_pct 2006/2010 11.8 A; gva.agriculture avg_annual_pct 2006/2010 4.9 A; "
     "gva.services avg_annual_pct 2006/2010 13.6 A"},
    {"a list of kinds after counts: ';' parts items of one list", "2020",
     "Trên địa bàn huyện có: 7.900 con heo; 120 con trâu; đàn gia cầm 150.000 con.",
     "livestock.pig level 2020 7900 A; livestock.buffalo level 2020 120 A; livestock.poultry "
     "level 2020 150000 A"},
    {"a growth reached with no subject yet is the economy's", "2025-01/P6M",
     "Vượt qua khó khăn, tỉnh đạt mức tăng trưởng ấn tượng 8,1% trong 6 tháng đầu năm.",
     "grdp yoy_pct 2025-H1 8.1 A"},
    {"'thu trên địa bàn' is the revenue", "2024-Q1",
     "Trong quý, thu trên địa bàn là 68,4 tỷ đồng, đạt 23,1% dự toán.",
     "budget.revenue level 2024-Q1 68.4 A; budget.revenue pct_plan 2024-Q1 23.1 A"},
    {"'tổng thu' after the revenue named names it again", "2021-01/P9M",
     "Thu ngân sách trên địa bàn tỉnh vẫn đạt kết quả khá tích cực. Với tổng thu ước đạt 3.320 tỷ "
     "đồng, bằng 85,3% kế hoạch năm.",
     "budget.revenue level 2021-01/P9M 3320 E; budget.revenue pct_plan 2021-01/P9M 85.3 E"},
    {"'tổng thu' with no budget before it names nothing", "2023",
     "Du lịch phát triển mạnh. Tổng thu đạt 1.200 tỷ đồng.", ""},
    {"'nông nghiệp tăng' opening a clause after the product is the sector's growth", "2020",
     "Tăng trưởng kinh tế (GRDP) đạt 2,1%; trong đó: nông nghiệp tăng 3,5%, dịch vụ giảm 0,4%.",
     "grdp yoy_pct 2020 2.1 A; gva.agriculture yoy_pct 2020 3.5 A; gva.services yoy_pct 2020 -0.4 "
     "A"},
    {"a change after a sector's amount and its share is the amount's; '% GDP' names the share",
     "2014-01/P9M",
     "Giá trị tăng thêm khu vực dịch vụ đạt 5.950 tỷ đồng, chiếm tỷ trọng 55,7%, tăng 7,1%. Giá "
     "trị tăng thêm khu vực công nghiệp và xây dựng đạt 4.020 tỷ đồng, chiếm 37,6% GDP, tăng "
     "6,9%.",
     "gva.services level 2014-01/P9M 5950 A; grdp.share.services level 2014-01/P9M 55.7 A; "
     "gva.services yoy_pct 2014-01/P9M 7.1 A; gva.industry level 2014-01/P9M 4020 A; "
     "grdp.share.industry level 2014-01/P9M 37.6 A; gva.industry yoy_pct 2014-01/P9M 6.9 A"},
    {"... not a rate's change after a count and its rate", "2023",
     "Toàn tỉnh còn 1.200 hộ nghèo, chiếm 3,5%, giảm 0,8%.",
     "social.poor_households level 2023 1200 A; social.poverty_rate level 2023 3.5 A"},
    {"a share written without '%'", "2022",
     "Về cơ cấu kinh tế, nông, lâm nghiệp và thủy sản chiếm 6,12 tổng GRDP.",
     "grdp.share.agriculture level 2022 6.12 A"},
    {"both ends of a change dated by 'trong <period>' after them", "2018-Q1",
     "Tỷ trọng khu vực dịch vụ tăng từ mức 31,2% trong quý I/2017 lên 33,5% trong quý I/2018.",
     "grdp.share.services level 2017-Q1 31.2 A; grdp.share.services level 2018-Q1 33.5 A"},
    {"the area farmed 'thả nuôi được N ha thủy sản các loại'", "2018-H1",
     "Toàn tỉnh đã thả nuôi được 152.300 ha thủy sản các loại, giảm 0,5% so cùng kỳ.",
     "aquaculture.area level 2018-H1 152300 A; aquaculture.area yoy_pct 2018-H1 -0.5 A"},
    {"a period phrase right before '(' dates the figure inside, not its year alone", "2021-H1",
     "Tăng trưởng kinh tế 6 tháng đầu năm ước đạt 4,1%, cao hơn mức tăng của 6 tháng đầu năm "
     "2020 (+2,6%) và cả năm 2020 (2,3%).",
     "grdp yoy_pct 2021-H1 4.1 E; grdp yoy_pct 2020-H1 2.6 E; grdp yoy_pct 2020 2.3 E"},
    {"a year's change against a year further back than the one before is no growth", "2019",
     "Năm 2019 GRDP đạt 28.400 tỷ đồng, tăng 41,2% so với năm 2015; năm 2018 tăng 6,1% so với "
     "năm 2017.",
     "grdp level 2019 28400 A; grdp yoy_pct 2018 6.1 A"},
    {"'tỉ lệ tăng trưởng' (either spelling), 'trung bình' as an average", "2015/2019",
     "Tỉ lệ tăng trưởng GRDP trung bình năm trong giai đoạn 2015 - 2019 đạt trên 7,1%, riêng "
     "năm 2016 tỷ lệ tăng trưởng kinh tế đạt 6,4%.",
     "grdp avg_annual_pct 2015/2019 7.1 A; grdp yoy_pct 2016 6.4 A"},
    {"a span after a superlative is no period of the clause", "2019",
     "Năm 2019 GRDP tăng 7,9%, cao nhất trong giai đoạn 2015 - 2019; khu vực dịch vụ tăng 6,4%.",
     "grdp yoy_pct 2019 7.9 A; gva.services yoy_pct 2019 6.4 A"},
    {"new enterprises 'cấp mới đăng ký kinh doanh cho N doanh nghiệp'", "2022-01/P9M",
     "Toàn tỉnh đã cấp mới đăng ký kinh doanh cho 512 doanh nghiệp với số vốn đăng ký 5,2 "
     "nghìn tỷ đồng, tăng 8,1% về số doanh nghiệp.",
     "enterprise.new level 2022-01/P9M 512 A; enterprise.new.capital level 2022-01/P9M 5200 A; "
     "enterprise.new yoy_pct 2022-01/P9M 8.1 A"},
    {"a season leading its clause is the area sown, past a comma", "2021-H1",
     "Vụ Đông xuân năm 2020 - 2021, toàn tỉnh gieo trồng được 7.210 ha, giảm 3,5% so với cùng "
     "kỳ.",
     "agri.sown_area.winter_spring level 2021-H1 7210 A; "
     "agri.sown_area.winter_spring yoy_pct 2021-H1 -3.5 A"},
    {"... not a crop sown in it, nor an area harvested", "2021-H1",
     "Vụ Đông xuân, nông dân gieo cấy được 4.350 ha lúa; vụ mùa, các địa phương thu hoạch "
     "1.200 ha.",
     ""},
    {"... nor a crop's area named before the figure", "2024-H1",
     "Vụ đông xuân 2023-2024, diện tích lúa cả tỉnh gieo trồng đạt 17,3 nghìn ha, đạt 99% so "
     "kế hoạch.",
     ""},
    {"a percentage written without '%' after the subject's level; not a multiple", "2022-01/P9M",
     "Diện tích trồng rừng tập trung ước đạt 8.240,5 ha, tăng 6,8; tổng đàn trâu đạt 41.200 "
     "con, bằng 102 kế hoạch; GRDP đạt 31.400 tỷ đồng, tăng 1,52 lần so với năm 2015.",
     "forest.planted level 2022-01/P9M 8240.5 E; forest.planted yoy_pct 2022-01/P9M 6.8 E; "
     "livestock.buffalo level 2022-01/P9M 41200 E; livestock.buffalo pct_plan 2022-01/P9M 102 E; "
     "grdp level 2022-01/P9M 31400 E"},
    {"'đóng góp vào tăng trưởng chung' is no subject: the bracket after a sector is the sector's",
     "2015-01/P9M",
     "GRDP tăng 8,2%; khu vực I: nông, lâm nghiệp và thủy sản tăng 3,5%, đóng góp vào tăng "
     "trưởng chung 0,9 điểm % (cùng kỳ năm 2014 tăng 2,8%).",
     "grdp yoy_pct 2015-01/P9M 8.2 A; gva.agriculture yoy_pct 2015-01/P9M 3.5 A; "
     "gva.agriculture yoy_pct 2014-01/P9M 2.8 A"},
    {"an index's average growth over a span stays on the span, not its last year", "2016/2020",
     "Chỉ số sản xuất công nghiệp giai đoạn 2016-2019 tăng bình quân 8,1%/năm, ước cả giai đoạn "
     "2016-2020 đạt 6,3%/năm.",
     "industry.production_index avg_annual_pct 2016/2019 8.1 A; "
     "industry.production_index avg_annual_pct 2016/2020 6.3 E"},
    {"a phrase that is only a part where it stands does not block the list after ':'", "2020",
     "GRDP tăng 6,5%; ngành công nghiệp tăng trưởng khá: chỉ số sản xuất công nghiệp tăng 9,2%.",
     "grdp yoy_pct 2020 6.5 A; industry.production_index yoy_pct 2020 9.2 A"},
    {"'trong đó, tăng trưởng <period>' gives the total again by period", "2024-01/P9M",
     "Tăng trưởng kinh tế 9 tháng ước đạt 8,1%; trong đó, tăng trưởng 6 tháng đầu năm đạt "
     "8,4%; quý III đạt 7,6%.",
     "grdp yoy_pct 2024-01/P9M 8.1 E; grdp yoy_pct 2024-H1 8.4 E; grdp yoy_pct 2024-Q3 7.6 E"},
    {"sectors written 'KV.I', 'KV.II', 'KV.III' in a structure", "2023",
     "Cơ cấu kinh tế KV.I chiếm 18,4%, KV.II (35,1%), KV.III (41,2%).",
     "grdp.share.agriculture level 2023 18.4 A; grdp.share.industry level 2023 35.1 A; "
     "grdp.share.services level 2023 41.2 A"},
    {"the whole industry's output ('toàn ngành')", "2021",
     "Giá trị sản xuất toàn ngành công nghiệp năm 2021 ước đạt 41.300 tỷ đồng, tăng 6,2% so "
     "với năm 2020.",
     "industry.output level 2021 41300 E; industry.output yoy_pct 2021 6.2 E"},
    {"areas designed for planting are not yet planted", "2015-Q1",
     "Toàn huyện đã thiết kế trồng rừng 640 ha/700 ha, đạt 91,4% kế hoạch.", ""},
    {"'từ đầu năm 2024 đến nay' is the months so far, as without the year", "2024-10",
     "Từ đầu năm 2024 đến nay, thu ngân sách đạt 15.000 tỷ đồng; trong tháng thu 1.200 tỷ "
     "đồng.",
     "budget.revenue level 2024-01/P10M 15000 A; budget.revenue level 2024-10 1200 A"},
    {"'quý đầu (của) năm' is the first quarter, a base after 'so'", "2016-03",
     "Qua 3 tháng đầu năm, ngành du lịch đón 1,1 triệu lượt khách, tăng 8% so quý đầu của năm "
     "2015; doanh thu tăng 12%.",
     "tourism.visitors level 2016-Q1 1100000 A; tourism.visitors yoy_pct 2016-Q1 8 A; "
     "tourism.revenue yoy_pct 2016-Q1 12 A"},
    {"... but '3 quý đầu năm' counts quarters", "2020",
     "Riêng 3 quý đầu năm 2020, tỉnh thu hút 24 dự án.",
     "investment.projects level 2020 24 A"},
    {"'bằng X% năm Y' of the year before: against it, and no period of the clause", "2020",
     "Doanh thu dịch vụ bằng 92,6% năm 2019; giá trị sản xuất công nghiệp 28.410 tỷ đồng, bằng "
     "96,31% năm 2019.",
     "industry.output level 2020 28410 A; industry.output yoy_pct 2020 -3.69 A"},
    {"... a year further back is no base of a year's change", "2020",
     "Tỷ lệ hộ nghèo còn 3,2%, bằng 50% năm 2015.", "social.poverty_rate level 2020 3.2 A"},
    {"the projects' capital 'với nguồn vốn', 'thu hút nguồn vốn'", "2020",
     "Trong năm, tỉnh cấp phép 15 dự án, thu hút nguồn vốn 4.500 tỷ đồng.",
     "investment.projects level 2020 15 A; investment.projects.capital level 2020 4500 A"},
    {"criteria per commune 'tiêu chí nông thôn mới/xã'; 'diện tích ao hồ nuôi trồng'", "2019",
     "Bình quân đạt 10,9 tiêu chí nông thôn mới/xã; diện tích ao hồ nuôi trồng thủy sản đạt "
     "2.100 ha.",
     "rural.ncr_criteria_per_commune level 2019 10.9 A; aquaculture.area level 2019 2100 A"},
    {"animals sold for slaughter are output, not the herd", "2022",
     "Tổng đàn heo xuất chuồng đạt 180.000 con, tăng 6,1%; tổng đàn bò đạt 31.200 con.",
     "livestock.cattle level 2022 31200 A"},
    {"a subject named, then its figures by year in brackets", "2016/2020",
     "Quy mô nền kinh tế tăng khá (năm 2015 đạt 38.200 tỷ đồng, năm 2020 đạt 55.900 tỷ "
     "đồng).",
     "grdp level 2015 38200 A [current]; grdp level 2020 55900 A [current]"},
    {"... but not another subject's after a figure of the first", "2016/2020",
     "Thu ngân sách chiếm khoảng 12% GRDP mỗi năm (năm 2020 đạt 4.100 tỷ đồng).", ""},
    {"'sản xuất công nghiệp' changing by a percentage is the index's change", "2024-Q3",
     "Quý III, sản xuất công nghiệp trên địa bàn tỉnh tăng 11,4% so với cùng kỳ.",
     "industry.production_index yoy_pct 2024-Q3 11.4 A"},
    {"'so tổng dự toán' is against the plan", "2022-01/P6M",
     "Thu ngân sách nhà nước trên địa bàn ước thực hiện 6 tháng đầu năm là 5.210 tỷ đồng, "
     "đạt 48,2% so tổng dự toán năm.",
     "budget.revenue level 2022-H1 5210 E; budget.revenue pct_plan 2022-H1 48.2 E"},
    {"growth of GRDP 'đạt 98,6% so với cùng kỳ' is an index", "2024-Q1",
     "Tăng trưởng tổng sản phẩm trên địa bàn quý I ước đạt 98,6% so với cùng kỳ năm 2023.",
     "grdp yoy_pct 2024-Q1 -1.4 E"},
    {"... a district's 56,8% is still growth", "2016",
     "Tăng trưởng kinh tế năm 2016 đạt 56,8%.", "grdp yoy_pct 2016 56.8 A"},
    {"a second percentage after 'và' keeps the change's verb", "2023-11",
     "Doanh thu bán lẻ hàng hóa tăng 4,2% so với tháng trước và 19,7% so với cùng kỳ năm "
     "trước.",
     "retail.sales yoy_pct 2023-11 19.7 A"},
    {"a year's income per head written '/năm' is its level", "2022",
     "Thu nhập bình quân đầu người đạt 48 triệu đồng/năm, tăng 6 triệu đồng so với năm 2021.",
     "grdp.per_capita level 2022 48 A"},
    {"... but another amount a year is an average, not a level", "2022",
     "Thu ngân sách tăng bình quân 120 tỷ đồng/năm.", ""},
    {"the whole economy's value added is GRDP; a sector's 'đạt X%' its growth", "2015",
     "Tốc độ tăng giá trị tăng thêm nền kinh tế năm 2015 đạt 9,1% so với năm 2014; giá trị "
     "tăng thêm ngành dịch vụ đạt 10,2%.",
     "grdp yoy_pct 2015 9.1 A; gva.services yoy_pct 2015 10.2 A"},
    {"land revenue, enterprises entering the market, perennial crops, the whole fishery",
     "2025-01/P9M",
     "Các khoản thu về đất đạt 2.300 tỷ đồng; toàn tỉnh có 812 doanh nghiệp mới gia nhập thị "
     "trường; tổng diện tích trồng cây lâu năm đạt 21.400 ha; tổng lượng thủy sản đạt 40.100 "
     "tấn.",
     "budget.revenue.land level 2025-01/P9M 2300 A; enterprise.new level 2025-01/P9M 812 A; "
     "agri.perennial_area level 2025-01/P9M 21400 A; aquaculture.output level 2025-01/P9M "
     "40100 A"},
    {"an index's bare change is a percentage", "2024-01/P6M",
     "Chỉ số sản xuất công nghiệp (IIP) ước tăng 8,3%.",
     "industry.production_index yoy_pct 2024-H1 8.3 E"},
    {"a rate's bare change is in points: nothing", "2024-01/P6M",
     "Tỷ lệ hộ nghèo giảm 1,2%.", ""},
    {"signed percentages in brackets are changes", "2023",
     "Tổng sản phẩm trên địa bàn năm 2023 so với cùng kỳ giảm mạnh (-4,15%); kim ngạch xuất "
     "khẩu vẫn tăng (+2,7%).",
     "grdp yoy_pct 2023 -4.15 A; exports yoy_pct 2023 2.7 A"},
    {"the sign wins over the verb", "2023", "Kim ngạch nhập khẩu giảm nhẹ (-1,5%).",
     "imports yoy_pct 2023 -1.5 A"},
    {"a growth subject named before the price basis", "2024-01/P6M",
     "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh năm 2010 ước đạt 7,02%.",
     "grdp yoy_pct 2024-H1 7.02 E [const2010]"},
    {"a price basis year is no period", "2023",
     "Tổng sản phẩm trên địa bàn theo giá so sánh 2010 đạt 41.500 tỷ đồng, tăng 6,4%.",
     "grdp level 2023 41500 A [const2010]; grdp yoy_pct 2023 6.4 A [const2010]"},
    {"a bare 'giá' with its year is a constant-price basis", "2019",
     "Tổng sản phẩm trên địa bàn tỉnh (GRDP theo giá 2010) ước tăng 8,6% so với cùng kỳ.",
     "grdp yoy_pct 2019 8.6 E [const2010]"},
    {"abbreviated constant prices", "2019",
     "GRDP (giá SS 2010) tăng 7,1%; giá trị sản xuất công nghiệp (giá CĐ 1994) đạt 3.200 tỷ "
     "đồng.",
     "grdp yoy_pct 2019 7.1 A [const2010]; industry.output level 2019 3200 A [const1994]"},
    {"a price basis after an amount is its own; two bases, two levels", "2014",
     "GRDP bình quân đầu người ước đạt 31,2 triệu đồng (1.470 USD) theo giá thực tế và ước đạt "
     "13,1 triệu đồng theo giá năm 1994.",
     "grdp.per_capita level 2014 31.2 E [current]; grdp.per_capita level 2014 13.1 E [const1994]"},
    {"a basis in brackets after an amount; 'theo giá năm 1994' is no period", "2013-01/P9M",
     "Tổng sản phẩm 9 tháng ước đạt 14.210 tỷ đồng (theo giá so sánh năm 1994), tăng 9,1% (theo "
     "giá năm 1994); GDP theo giá thực tế đạt 46.900 tỷ đồng.",
     "grdp level 2013-01/P9M 14210 E [const1994]; grdp yoy_pct 2013-01/P9M 9.1 E [const1994]; "
     "grdp level 2013-01/P9M 46900 E [current]"},
    {"a second level at no named basis is a part of the first", "2018",
     "Quy mô GRDP theo giá hiện hành đạt 95.100 tỷ đồng; GRDP b\xcc\x81nh quân đạt 86,5 triệu "
     "đồng.",
     "grdp level 2018 95100 A [current]"},
    {"current prices for the clause, each plan with its issuer", "2023",
     "GRDP theo giá hiện hành đạt 98.000 tỷ đồng; thu ngân sách đạt 8.200 tỷ đồng, đạt 112,5% dự "
     "toán Trung ương giao và bằng 101,3% dự toán HĐND tỉnh giao.",
     "grdp level 2023 98000 A [current]; budget.revenue level 2023 8200 A; budget.revenue "
     "pct_plan 2023 112.5 A [by central]; budget.revenue pct_plan 2023 101.3 A [by province]"},
    {"the issuer before a plan's amount", "2024",
     "Dự toán thu ngân sách năm 2024 Trung ương giao 7.900 tỷ đồng.",
     "budget.revenue plan 2024 7900 A [by central]"},
    {"the plan of an a/b pair takes the issuer of the share after it", "2023-01/P9M",
     "Thu ngân sách 9 tháng đạt 3.120/5.200 tỷ đồng, đạt 60% dự toán HĐND tỉnh giao.",
     "budget.revenue level 2023-01/P9M 3120 A; budget.revenue plan 2023 5200 A [by province]; "
     "budget.revenue pct_plan 2023-01/P9M 60 A [by province]"},
    {"a pair in brackets restating the level names the plan to date", "2024-01/P10M",
     "Đến ngày 20/10, vốn đầu tư công đã giải ngân 950,5 tỷ đồng, đạt 41,2% kế hoạch đến thời "
     "điểm báo cáo (950,5 tỷ đồng/2.307 tỷ đồng).",
     "public_investment.disbursed level 2024-01-01/2024-10-20 950.5 A; "
     "public_investment.disbursed pct_plan 2024-01-01/2024-10-20 41.2 A; "
     "public_investment.disbursed plan 2024-01-01/2024-10-20 2307 A"},
    {"a pair in brackets of another amount is a part: nothing", "2024",
     "Vốn đầu tư công đã giải ngân 950,5 tỷ đồng (312 tỷ đồng/800 tỷ đồng).",
     "public_investment.disbursed level 2024 950.5 A"},
    {"an indicator's name alone in brackets glosses the words before it", "2024-Q1",
     "Tổng sản phẩm địa phương (GRDP) quý I tăng 6,1% so với cùng kỳ.",
     "grdp yoy_pct 2024-Q1 6.1 A"},
    {"a name in brackets with a figure is no gloss", "2024",
     "Các dự án lớn (vốn đầu tư 1.200 tỷ đồng) tăng 6,1%.", ""},
    {"a phrase may imply its price basis", "2024-Q1",
     "Quy mô nền kinh tế đạt 31,2 nghìn tỷ đồng.", "grdp level 2024-Q1 31200 A [current]"},
    {"the text's price basis wins over the phrase's", "2024-Q1",
     "Quy mô nền kinh tế theo giá so sánh 2010 đạt 18,5 nghìn tỷ đồng.",
     "grdp level 2024-Q1 18500 A [const2010]"},
    {"gross output in a sentence on industrial production is industry's; a superlative's span "
     "is no period", "2016",
     "Sản xuất công nghiệp tăng trưởng cao nhất từ năm 2011 đến nay; giá trị sản xuất ước đạt "
     "40.911 tỷ đồng, tăng 15% so với năm trước.",
     "industry.output level 2016 40911 E; industry.output yoy_pct 2016 15 E"},
    {"... not in one on industry and construction together", "2022",
     "Sản xuất công nghiệp và xây dựng tiếp tục tăng trưởng khá, giá trị sản xuất ước đạt trên "
     "127.700 tỷ đồng, tăng 14,2% so với năm 2021.",
     ""},
    {"a sector with its change opening a clause, whatever came before", "2023-Q1",
     "Thuế sản phẩm tăng 9,1%, cao hơn cùng kỳ. Khu vực nông, lâm nghiệp và thủy sản tăng 3,74%.",
     "gva.agriculture yoy_pct 2023-Q1 3.74 A"},
    {"... not the parts of gross output, nor a share's change", "2022",
     "Tổng giá trị sản xuất ước đạt 189.690 tỷ đồng, tăng 11,2%. Trong đó, khu vực nông, lâm "
     "nghiệp và thủy sản tăng 2,6%; khu vực dịch vụ tăng 8,3%. Ngược lại, khu vực dịch vụ tăng từ "
     "23,5% năm 2014 lên 25,53% năm 2015.",
     ""},
    {"a crop named after another crop's area, with its change alone", "2017",
     "So với cùng kỳ năm trước diện tích cao su tăng 0,6%; cà phê tăng 1,1%.",
     "agri.area.rubber yoy_pct 2017 0.6 A; agri.area.coffee yoy_pct 2017 1.1 A"},
    {"'đề ra một số mục tiêu' sets targets; 'GRDP đầu người' is per head", "2017",
     "Năm 2018, tỉnh đề ra một số mục tiêu chủ yếu: GRDP đầu người ước đạt 59,8 triệu đồng; kim "
     "ngạch xuất khẩu đạt 1,3 tỷ USD.",
     "grdp.per_capita plan 2018 59.8 A; exports plan 2018 1300 A"},
    {"a plan's amount in brackets after a bare percentage is its base; a rate's target is not",
     "2023",
     "Tổng vốn đầu tư toàn xã hội ước đạt 18.610 tỷ đồng, đạt 88% (kế hoạch 21.208 tỷ đồng). GRDP "
     "tăng 7,46% (kế hoạch 7%).",
     "investment.total level 2023 18610 E; investment.total pct_plan 2023 88 E; investment.total "
     "plan 2023 21208 A; grdp yoy_pct 2023 7.46 E"},
    {"a sector opening what a speaker reports", "2024",
     "Giám đốc Sở Tài chính cho biết khu vực nông lâm thủy sản tăng khoảng 0,27%; khu vực công "
     "nghiệp và xây dựng tăng khoảng 5,94%.",
     "gva.agriculture yoy_pct 2024 0.27 E; gva.industry yoy_pct 2024 5.94 E"},
    {"the non-state sector of the investment just named", "2024-H1",
     "Vốn đầu tư thực hiện của khu vực nhà nước đạt 3.010,8 tỷ đồng, tăng 0,8%; khu vực ngoài nhà "
     "nước đạt 11.224,4 tỷ đồng, tăng 12,9%.",
     "investment.private level 2024-H1 11224.4 A; investment.private yoy_pct 2024-H1 12.9 A"},
    {"the northern name of the winter-spring season", "2024",
     "Diện tích gieo trồng vụ chiêm xuân đạt 80.100 ha.",
     "agri.sown_area.winter_spring level 2024 80100 A"},
    {"the place's growth by its kind word", "2023",
     "Do vậy tốc độ tăng trưởng của tỉnh đạt 8,8%. Nền kinh tế tỉnh tiếp tục ổn định và duy trì "
     "mức tăng trưởng 7,8%.",
     "grdp yoy_pct 2023 8.8 A; grdp yoy_pct 2023 7.8 A"},
    {"a sector's value added named with 'khu vực'; the GDP after its share is the whole",
     "2014-01/P9M",
     "Giá trị tăng thêm khu vực nông lâm thủy sản đạt 5.427 tỷ đồng, chiếm 0,9% GDP, tăng 5,9%.",
     "gva.agriculture level 2014-01/P9M 5427 A; grdp.share.agriculture level 2014-01/P9M 0.9 A; "
     "gva.agriculture yoy_pct 2014-01/P9M 5.9 A"},
    {"'trong GDP' after a share's name is its whole", "2013",
     "Giảm tỷ trọng nông nghiệp trong GDP từ 40,29% năm 2006 xuống còn 32,59% năm 2010 và còn "
     "22,74% vào năm 2013.",
     "grdp.share.agriculture level 2006 40.29 A; grdp.share.agriculture level 2010 32.59 A; "
     "grdp.share.agriculture level 2013 22.74 A"},
    {"a share's list going on with 'và' is no whole", "2016",
     "Nông nghiệp chiếm 11,7% trong cơ cấu kinh tế; công nghiệp xây dựng chiếm 59,7% và dịch vụ "
     "28,6%.",
     "grdp.share.agriculture level 2016 11.7 A; grdp.share.industry level 2016 59.7 A; "
     "grdp.share.services level 2016 28.6 A"},
    {"the kinds of a herd after their counts, one a clause", "2018-10",
     "Số lượng gia súc, gia cầm gồm có: 12.582 con trâu (tăng 1,88% so cùng kỳ năm trước); "
     "34.880 con bò (tăng 2,85%); 370.680 con heo.",
     "livestock.buffalo level 2018-10 12582 A; livestock.buffalo yoy_pct 2018-10 1.88 A; "
     "livestock.cattle level 2018-10 34880 A; livestock.cattle yoy_pct 2018-10 2.85 A; "
     "livestock.pig level 2018-10 370680 A"},
    {"sick animals are no herd", "2020",
     "Bệnh dịch tả lợn châu Phi xảy ra tại 13 xã với tổng số 679 con heo mắc bệnh.", ""},
    {"the sown area of annual crops before its figure", "2018-10",
     "Tiến độ gieo trồng cây hàng năm ước thực hiện 37.940 ha, giảm 7,37% so với cùng kỳ.",
     "agri.sown_area level 2018-10 37940 E; agri.sown_area yoy_pct 2018-10 -7.37 E"},
    {"a list of figures before their shared phrase", "2024",
     "Đến nay có 87 xã, 95 thôn, làng đạt chuẩn nông thôn mới.",
     "rural.ncr_communes level 2024 87 A"},
    {"a list led by new planting gives no area", "2024",
     "Trồng mới ít nhất: 1.200 ha cây ăn quả; 300 ha cây mắc ca; 150 ha cà phê.", ""},
    {"the same list without the lead is the areas", "2024",
     "Diện tích cây mắc ca 3.450 ha; cà phê 28.900 ha.",
     "agri.area.macadamia level 2024 3450 A; agri.area.coffee level 2024 28900 A"},
    {"the period after a figure, with 'của'", "2023-01/P9M",
     "GRDP 9 tháng năm 2023 tăng 5,1%, thấp hơn mức tăng 6,2% của 9 tháng năm 2022.",
     "grdp yoy_pct 2023-01/P9M 5.1 A; grdp yoy_pct 2022-01/P9M 6.2 A"},
    {"figures before 'lũy kế N tháng' are the month's", "2023-08",
     "Thu ngân sách ước đạt 512 tỷ đồng, lũy kế 8 tháng đạt 6.140 tỷ đồng, đạt 72,5% dự toán.",
     "budget.revenue level 2023-08 512 E; budget.revenue level 2023-01/P8M 6140 E; "
     "budget.revenue pct_plan 2023-01/P8M 72.5 E"},
    {"'lũy kế từ đầu năm' in a monthly report", "2023-08",
     "Thu ngân sách tháng 8 ước đạt 512 tỷ đồng, lũy kế từ đầu năm đạt 6.140 tỷ đồng.",
     "budget.revenue level 2023-08 512 E; budget.revenue level 2023-01/P8M 6140 E"},
    {"'đến hết tháng N' is the months from January", "2024-10",
     "Tính đến hết tháng 10/2024, vốn đầu tư công giải ngân đạt 3.000 tỷ đồng, bằng 50% kế "
     "hoạch; đến cuối tháng 9 trồng rừng tập trung được 5.000 ha.",
     "public_investment.disbursed level 2024-01/P10M 3000 A; public_investment.disbursed "
     "pct_plan 2024-01/P10M 50 A; forest.planted level 2024-01/P9M 5000 A"},
    {"a year glued on with '-' or '.'", "2024",
     "Chỉ số sản xuất công nghiệp tháng 8-2023 tăng 2,2%; thu ngân sách quý III.2023 đạt 900 tỷ "
     "đồng.",
     "industry.production_index yoy_pct 2023-08 2.2 A; budget.revenue level 2023-Q3 900 A"},
    {"months from January written out", "2024",
     "Sáu tháng đầu năm 2023, thu ngân sách đạt 1.500 tỷ đồng; chín tháng năm 2023 kim ngạch "
     "xuất khẩu đạt 800 triệu USD.",
     "budget.revenue level 2023-H1 1500 A; exports level 2023-01/P9M 800 A"},
    {"'nửa đầu năm' is the first half", "2024",
     "Nửa đầu năm 2024, thu ngân sách đạt 1.100 tỷ đồng.", "budget.revenue level 2024-H1 1100 A"},
    {"'năm tháng' with no year after it is no period", "2024",
     "Trong năm tháng qua, thu ngân sách đạt 1.100 tỷ đồng.", "budget.revenue level 2024 1100 A"},
    {"a rate's change against the year before is in points too", "2023",
     "Tỷ lệ hộ nghèo giảm còn 2,1%, giảm 0,9% so với năm trước; tỷ lệ bao phủ bảo hiểm y tế đạt "
     "92%, tăng 1,3% so với cùng kỳ.",
     "social.poverty_rate level 2023 2.1 A; social.health_insurance level 2023 92 A"},
    {"'từ a xuống còn b': b is the level, a has no period of its own", "2023",
     "Tỷ lệ hộ nghèo giảm từ 4,5% xuống còn 3,2%; tỷ lệ che phủ rừng tăng từ 60% năm 2020 lên "
     "62% năm 2023.",
     "social.poverty_rate level 2023 3.2 A; forest.cover level 2020 60 A; forest.cover level 2023 "
     "62 A"},
    {"a growth subject after a plan named: growth, not a share of plan", "2023",
     "Các chỉ tiêu cơ bản đều đạt: tăng trưởng GRDP đạt 7,5%; thu ngân sách đạt 5.000 tỷ đồng, "
     "đạt 104% dự toán.",
     "grdp yoy_pct 2023 7.5 A; budget.revenue level 2023 5000 A; budget.revenue pct_plan 2023 104 A"},
    {"a growth subject over a term is its average annual growth", "2021/2025",
     "Tỉnh đạt và vượt hầu hết chỉ tiêu; trong đó tốc độ tăng trưởng kinh tế giai đoạn "
     "2021-2025 đạt 6,71%.",
     "grdp avg_annual_pct 2021/2025 6.71 A"},
    {"targets in the running text: growth none, amounts the plan of their year", "2023",
     "Phấn đấu tăng trưởng GRDP đạt 7%; mục tiêu năm 2024: thu ngân sách 5.000 tỷ đồng.",
     "budget.revenue plan 2024 5000 A"},
    {"a forecast of a later year is no result", "2020",
     "Cục Thống kê dự báo năm 2021 tăng trưởng kinh tế đạt 7%.", ""},
    {"... nor of the rest of the year", "2020-01/P9M",
     "Cục Thống kê dự báo cả năm 2020 tăng trưởng kinh tế đạt 7%.", ""},
    {"a forecast of the months reported on is an estimate", "2020-H1",
     "Dự báo tăng trưởng kinh tế (GRDP) 6 tháng đầu năm 2020 lên con số 3,03%, cao hơn dự báo "
     "trước đó.",
     "grdp yoy_pct 2020-H1 3.03 E"},
    {"... and so is one of no period", "2018",
     "Tỷ trọng ngành công nghiệp xây dựng dự báo chiếm 60,66%, ngành dịch vụ chiếm 31,35%.",
     "grdp.share.industry level 2018 60.66 E; grdp.share.services level 2018 31.35 E"},
    {"a target word after a figure is its base", "2023",
     "Thu ngân sách đạt 5.200 tỷ đồng, vượt 4% mục tiêu năm, tăng 10% so với cùng kỳ.",
     "budget.revenue level 2023 5200 A; budget.revenue pct_plan 2023 104 A; budget.revenue yoy_pct "
     "2023 10 A"},
    {"'về' after a percentage names what it measures", "2023",
     "Có 82 doanh nghiệp thành lập mới, vốn đăng ký 1.500 tỷ đồng, tăng 4% về số doanh nghiệp và "
     "tăng 8% về vốn đăng ký.",
     "enterprise.new level 2023 82 A; enterprise.new.capital level 2023 1500 A; enterprise.new "
     "yoy_pct 2023 4 A; enterprise.new.capital yoy_pct 2023 8 A"},
    {"a blocked count makes the rest of its clause another subject's", "2023",
     "Có 320 doanh nghiệp thành lập mới; 25 doanh nghiệp tạm ngừng hoạt động, tăng 78,6% so với "
     "cùng kỳ.",
     "enterprise.new level 2023 320 A"},
    {"a dot before one or two digits and '%' is a decimal point", "2023",
     "Kim ngạch xuất khẩu giảm 4.2% so với cùng kỳ.", "exports yoy_pct 2023 -4.2 A"},
    {"'a /b' with a space before the slash; a unit with its own slash before '/b'", "2023",
     "Mía trồng được 2.761,11 /2.945,0 ha; năng suất lúa đạt 50,4 tạ/ha/55 tạ/ha.",
     "agri.area.sugarcane level 2023 2761.11 A; agri.area.sugarcane plan 2023 2945 A; "
     "agri.rice_yield level 2023 50.4 A; agri.rice_yield plan 2023 55 A"},
    {"a season's yield is not the year's; two kinds of livestock together are neither", "2023",
     "Năng suất lúa vụ mùa đạt 51,5 tạ/ha, cả năm đạt 60,4 tạ/ha; tổng đàn trâu, bò 54.352 "
     "con.",
     ""},
    {"'vượt X% so với năm trước' is growth", "2023",
     "Thu ngân sách đạt 5.200 tỷ đồng, vượt 3,85% so với năm 2022.",
     "budget.revenue level 2023 5200 A; budget.revenue yoy_pct 2023 3.85 A"},
    {"shares of the economy by 'khu vực'", "2023",
     "Tỷ trọng khu vực công nghiệp - xây dựng chiếm 31,6%, khu vực dịch vụ chiếm 45%.",
     "grdp.share.industry level 2023 31.6 A; grdp.share.services level 2023 45 A"},
    {"insurance coverage in other words", "2023",
     "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,01%; tỷ lệ lao động tham gia BHXH đạt 38,05%.",
     "social.health_insurance level 2023 94.01 A; social.social_insurance level 2023 38.05 A"},
    {"a multiple, even of the year before, is no growth rate", "2023",
     "Kim ngạch xuất khẩu đạt 800 triệu USD, gấp 2,1 lần so với cùng kỳ; tổ chức 3 lần kiểm tra.",
     "exports level 2023 800 A"},
    {"a multiple of another year's figure is no growth", "2020",
     "GRDP bình quân đầu người năm 2020 đạt 52,6 triệu đồng, gấp 1,4 lần năm 2015.",
     "grdp.per_capita level 2020 52.6 A"},
    {"a rate above or below its plan is in points", "2023",
     "Tỷ lệ lao động tham gia BHXH đạt 38,05%, vượt 0,05% so với chỉ tiêu; tỷ lệ bao phủ BHYT đạt "
     "86,25%, thấp hơn 5,25% so với chỉ tiêu.",
     "social.social_insurance level 2023 38.05 A; social.health_insurance level 2023 86.25 A"},
    {"higher than the country's average is no growth", "2023",
     "Tăng trưởng GRDP đạt 8%, cao hơn 2% so với bình quân cả nước; thu ngân sách thấp hơn 3% "
     "so với cùng kỳ.",
     "grdp yoy_pct 2023 8 A; budget.revenue yoy_pct 2023 -3 A"},
    {"'đặt ra một số chỉ tiêu': targets", "2023",
     "Năm 2023, huyện đặt ra một số chỉ tiêu: tổng vốn đầu tư xã hội khoảng 250 tỷ đồng.",
     "investment.total plan 2023 250 A"},
    {"an amount in brackets after a share of a plan is the plan", "2024-01/P9M",
     "Thu ngân sách 9 tháng đạt 12.230 tỷ đồng, đạt 51,8% so với nghị quyết đề ra (23.600 tỷ "
     "đồng); chi ngân sách đạt 8.000 tỷ đồng, đạt 60% dự toán (tăng 5% so với cùng kỳ).",
     "budget.revenue level 2024-01/P9M 12230 A; budget.revenue pct_plan 2024-01/P9M 51.8 A; "
     "budget.revenue plan 2024 23600 A; budget.expenditure level 2024-01/P9M 8000 A; "
     "budget.expenditure pct_plan 2024-01/P9M 60 A; budget.expenditure yoy_pct 2024-01/P9M 5 A"},
    {"investment from the state budget is a part; the private sector's named after", "2018",
     "Vốn đầu tư thực hiện từ nguồn NSNN đạt 880 tỷ đồng; vốn đầu tư thực hiện thuộc khu vực "
     "ngoài nhà nước đạt 5.800 tỷ đồng.",
     "investment.private level 2018 5800 A"},
    {"yields in tonnes per hectare; 'quí'", "2018",
     "Quí I năm 2018, GRDP tăng 7%. Năng suất lúa đạt 5,8 tấn/ha.",
     "grdp yoy_pct 2018-Q1 7 A; agri.rice_yield level 2018-Q1 58 A"},
    {"growth as a subject 'đạt X% so với cùng kỳ' is the growth itself", "2024",
     "Tăng trưởng kinh tế (GRDP) đạt 8,1% so với cùng kỳ; giá trị sản xuất công nghiệp đạt 71% "
     "so với cùng kỳ.",
     "grdp yoy_pct 2024 8.1 A; industry.output yoy_pct 2024 -29 A"},
    {"the country's product is not the province's", "2024",
     "Tổng sản phẩm trong nước (GDP) quý I tăng 6,93%.", ""},
    {"'cao hơn X%' after a share is the gap between two shares", "2024",
     "Thu ngân sách đạt 5.000 tỷ đồng, bằng 71,3% kế hoạch, cao hơn 6,2% so với cùng kỳ.",
     "budget.revenue level 2024 5000 A; budget.revenue pct_plan 2024 71.3 A"},
    {"a multiple of a year long before is no growth", "2020",
     "GRDP năm 2020 đạt 50.000 tỷ đồng, tăng gấp 16 lần so với năm 2002; kim ngạch xuất khẩu "
     "gấp 2 lần so với năm 2019.",
     "grdp level 2020 50000 A"},
    {"sectors as 'khu vực I, II, III'; other words of investment and enterprises", "2024",
     "Trong GRDP, khu vực I tăng 3%, khu vực II tăng 9%, khu vực III tăng 7%; tổng đầu tư xã hội "
     "đạt 50.000 tỷ đồng; có 666 doanh nghiệp đăng ký mới.",
     "gva.agriculture yoy_pct 2024 3 A; gva.industry yoy_pct 2024 9 A; gva.services yoy_pct 2024 "
     "7 A; investment.total level 2024 50000 A; enterprise.new level 2024 666 A"},
    {"two sectors' share together is neither's; a target set", "2024",
     "Tỷ trọng công nghiệp - xây dựng và dịch vụ chiếm 78,31%; tỉnh đặt mục tiêu thu ngân sách "
     "năm 2025 đạt 100.000 tỷ đồng.",
     "budget.revenue plan 2025 100000 A"},
    {"a figure in two scales", "2011",
     "Kim ngạch xuất khẩu ước thực hiện 6 tỷ 973 triệu đôla Mỹ, tăng 19,2%; thu ngân sách đạt 2 "
     "tỷ 500 triệu đồng.",
     "exports level 2011 6973 E; exports yoy_pct 2011 19.2 E; budget.revenue level 2011 2.5 E"},
    {"a change in brackets after a share of a plan is no plan", "2021-H1",
     "Giải quyết việc làm cho 12.400 lao động, đạt 42,7% kế hoạch năm (tăng 5.100 người so với "
     "cùng kỳ năm 2020).",
     "labour.jobs level 2021-H1 12400 A; labour.jobs pct_plan 2021-H1 42.7 A"},
    {"a date with dots after 'ngày'; a period in brackets dates the clause", "2024",
     "Giải ngân vốn đầu tư công (tính đến ngày 30.11) đạt 3.000 tỷ đồng; tính đến ngày 15.6.2024, "
     "thu ngân sách đạt 2.000 tỷ đồng.",
     "public_investment.disbursed level 2024-01/P11M 3000 A; budget.revenue level "
     "2024-01-01/2024-06-15 2000 A"},
    {"a ward's figures are not the province of its name's", "2025",
     "UBND phường Kon Tum: thu ngân sách đạt 120 tỷ đồng.", ""},
    {"a figure 'tại' another area is that area's", "2024",
     "Tăng trưởng GRDP đạt 9,1% tại Kiên Giang; thu ngân sách đạt 5.000 tỷ đồng.",
     "budget.revenue level 2024 5000 A"},
    {"a sentence about another area ('Đối với tỉnh Y, ...')", "2024",
     "Đối với tỉnh Gia Lai, thu ngân sách đạt 28.928 tỷ đồng, tăng 5%.", ""},
    {"a threshold is no figure", "2025",
     "Có 20 tỉnh tăng trưởng GRDP từ 8% trở lên; GRDP của tỉnh tăng 7,31%.",
     "grdp yoy_pct 2025 7.31 A"},
    {"higher standards and graver kinds are parts", "2023",
     "Hiện tỉnh có 17 xã đạt chuẩn nông thôn mới nâng cao; số vụ tai nạn giao thông rất nghiêm "
     "trọng tăng 200%.",
     ""},
    {"'có kế hoạch' is a target; a spaced range is no figure", "2023",
     "Năm 2024, toàn tỉnh có kế hoạch trồng 6.200 ha rừng tập trung. Dự kiến tỷ lệ hộ nghèo năm "
     "2024 giảm từ 0,5 - 0,8%.",
     "forest.planted plan 2024 6200 A"},
    {"a poverty standard's term is no period", "2023",
     "Theo chuẩn nghèo đa chiều giai đoạn 2022-2025, toàn huyện còn 1.350 hộ nghèo, chiếm 7,4%.",
     "social.poor_households level 2023 1350 A; social.poverty_rate level 2023 7.4 A"},
    {"a share in brackets after an absolute change takes its sign", "2023",
     "So với cùng kỳ, tai nạn giao thông giảm 12 vụ (20,3%), giảm 5 người chết (14,3%).",
     "safety.traffic_accidents yoy_pct 2023 -20.3 A; safety.traffic_deaths yoy_pct 2023 -14.3 A"},
    {"a district in a ranking is that district's", "2023",
     "Toàn tỉnh còn 12.400 hộ nghèo, chiếm 8,12%; tỷ lệ hộ nghèo cao nhất là huyện Kbang với "
     "30,5%.",
     "social.poor_households level 2023 12400 A; social.poverty_rate level 2023 8.12 A"},
    {"'lũy kế từ đầu năm đến nay' in a monthly report", "2019-11",
     "Trong tháng, xảy ra 2 vụ tai nạn giao thông; lũy kế từ đầu năm đến nay xảy ra 151 vụ tai "
     "nạn giao thông.",
     "safety.traffic_accidents level 2019-11 2 A; safety.traffic_accidents level 2019-01/P11M 151 A"},
    {"projects granted 'cho N dự án' are counted; their capital 'với tổng vốn'", "2024",
     "Tỉnh đã cấp mới giấy chứng nhận đăng ký đầu tư cho 15 dự án với tổng vốn 600 tỷ đồng; hỗ "
     "trợ cho 1.200 hộ nghèo.",
     "investment.projects level 2024 15 A; investment.projects.capital level 2024 600 A"},
    {"'hơn 4 tháng đầu năm' is the four months", "2024",
     "Trong hơn 4 tháng đầu năm 2024, giải ngân vốn đầu tư công được 20% kế hoạch; tổng số tiền "
     "thuế nợ là 193,3 tỷ đồng.",
     "public_investment.disbursed pct_plan 2024-01/P4M 20 A; tax.arrears level 2024-01/P4M 193.3 A"},
    {"'về số lượng dự án': the count's growth, not the capital's", "2023",
     "Năm 2023, tỉnh cấp mới cho 115 dự án với tổng vốn 39.300 tỷ đồng, tăng 41,97% về số lượng "
     "dự án.",
     "investment.projects level 2023 115 A; investment.projects.capital level 2023 39300 A; "
     "investment.projects yoy_pct 2023 41.97 A"},
    {"a stock's change in brackets is its rate's, in points; all projects ever are no period's",
     "2023",
     "Toàn tỉnh còn 16.003 hộ nghèo, giảm 1.432 hộ nghèo (1,95%); tổng số dự án từ trước đến nay "
     "là 616 dự án với tổng vốn hơn 162 nghìn tỷ đồng.",
     "social.poor_households level 2023 16003 A"},
    {"a date in brackets is finer than the year the clause names", "2024",
     "Trong năm 2024, giải ngân vốn đầu tư công (tính đến ngày 30.11) đạt 10.300 tỷ đồng.",
     "public_investment.disbursed level 2024-01/P11M 10300 A"},
    {"an aside in brackets between a share and its plan", "2020-01/P5M",
     "Tỷ lệ giải ngân vốn đầu tư công đạt 33,57% (cao hơn bình quân chung cả nước), so với kế "
     "hoạch Quốc hội giao và 26,39% so với kế hoạch Chính phủ giao.",
     "public_investment.disbursed pct_plan 2020-01/P5M 33.57 A [by central]"},
    {"a plan in brackets beside a level or a rate", "2019",
     "GRDP bình quân đầu người đạt 58,4 triệu đồng (KH 57 triệu đồng); tỷ lệ hộ nghèo còn 3,2% "
     "(kế hoạch: 3,5%); tăng trưởng GRDP đạt 7,5% (KH 7%).",
     "grdp.per_capita level 2019 58.4 A; grdp.per_capita plan 2019 57 A; social.poverty_rate level "
     "2019 3.2 A; social.poverty_rate plan 2019 3.5 A; grdp yoy_pct 2019 7.5 A"},
    {"a figure of an earlier year in brackets; a list row 'subject: X%'", "2019",
     "Thu ngân sách đạt 5.000 tỷ đồng (năm 2018 đạt 4.200 tỷ đồng). - Tốc độ tăng trưởng GRDP: "
     "8,2%.",
     "budget.revenue level 2019 5000 A; budget.revenue level 2018 4200 A; grdp yoy_pct 2019 8.2 A"},
    {"ranges with 'đến' or a spaced dash are no figures; 'từ ... năm 2020 đến ... năm 2023' are",
     "2023",
     "Tổng vốn đầu tư toàn xã hội khoảng 52.000 - 54.000 tỷ đồng; GRDP bình quân đầu người từ "
     "70,2 triệu đồng đến 71 triệu đồng. Thu ngân sách tăng từ 3.000 tỷ đồng năm 2020 đến 4.100 "
     "tỷ đồng năm 2023.",
     "budget.revenue level 2020 3000 E; budget.revenue level 2023 4100 E"},
    {"'hết quý III', 'đến hết quý 3', 'kết thúc tháng 8' run from January; 'đến quý III' tells of "
     "a quarter",
     "2021",
     "Hết quý III năm 2021, thu ngân sách đạt 3.000 tỷ đồng; kết thúc tháng 8, xuất khẩu đạt 500 "
     "triệu USD. Sang quý II giảm mạnh, thì đến quý III, GRDP tăng 6%.",
     "budget.revenue level 2021-01/P9M 3000 A; exports level 2021-01/P8M 500 A; grdp yoy_pct "
     "2021-Q3 6 A"},
    {"a sector opening a clause is the economy's; a sector's growth; inside a clause not", "2024",
     "Khu vực nông, lâm nghiệp và thủy sản tăng 3,1%; khu vực dịch vụ phục hồi với mức tăng 7,7%; "
     "tốc độ tăng trưởng ngành nông nghiệp đạt 2,4%.",
     "gva.agriculture yoy_pct 2024 3.1 A; gva.services yoy_pct 2024 7.7 A; gva.agriculture "
     "yoy_pct 2024 2.4 A"},
    {"a sector inside a clause is not the economy's", "2024",
     "Vốn đầu tư khu vực dịch vụ tăng 12%.", ""},
    {"a sector with 'chiếm' is its share of GRDP", "2024",
     "Về cơ cấu nền kinh tế, khu vực công nghiệp và xây dựng chiếm tỷ trọng 30,5%, khu vực dịch vụ "
     "chiếm 45%; tỷ trọng ngành nông lâm nghiệp và thủy sản là 24,5%.",
     "grdp.share.industry level 2024 30.5 A; grdp.share.services level 2024 45 A; "
     "grdp.share.agriculture level 2024 24.5 A"},
    {"the change after an amount the subject cannot have is that amount's", "2024",
     "Toàn tỉnh có 735,2 nghìn lao động đang làm việc, tăng 2,6%; khu vực dịch vụ có 240,1 nghìn "
     "lao động, tăng 3,4%. Thu ngân sách đạt 300 tỷ đồng, tăng 5%.",
     "budget.revenue level 2024 300 A; budget.revenue yoy_pct 2024 5 A"},
    {"gross output and the sectors listed after it are no value added", "2024",
     "Tổng sản phẩm trên địa bàn tăng 7,2%. Tổng giá trị sản xuất ước đạt 17.500 tỷ đồng, tăng "
     "7,4%. Trong đó, khu vực nông, lâm nghiệp và thủy sản đạt 3.800 tỷ đồng; công nghiệp - xây "
     "dựng đạt 11.000 tỷ đồng.",
     "grdp yoy_pct 2024 7.2 A"},
    {"'X% của <period>' and 'X% của cùng kỳ năm trước' are that figure's period alone", "2022-H1",
     "GRDP tăng 6,33%, cao hơn mức tăng 3,59% của 6 tháng đầu năm 2021; khu vực dịch vụ tăng "
     "6,41%, so với mức tăng 2,65% của cùng kỳ năm trước.",
     "grdp yoy_pct 2022-H1 6.33 A; grdp yoy_pct 2021-H1 3.59 A; gva.services yoy_pct 2022-H1 6.41 "
     "A; gva.services yoy_pct 2021-H1 2.65 A"},
    {"a year in brackets right after a figure is that figure's", "2016/2020",
     "Cơ cấu kinh tế chuyển dịch, khu vực nông, lâm nghiệp và thủy sản giảm từ 23,96% (năm 2015) "
     "xuống 18,22% (năm 2020).",
     "grdp.share.agriculture level 2015 23.96 A; grdp.share.agriculture level 2020 18.22 A"},
    {"a sector's level then 'chiếm tỷ trọng' its share; its part of the growth is none", "2023-H1",
     "Quy mô nền kinh tế đạt 10.673 tỷ đồng, trong đó, khu vực nông, lâm nghiệp và thủy sản đạt "
     "2.187 tỷ đồng, chiếm tỷ trọng 20,49%; khu vực dịch vụ đạt 5.950 tỷ đồng, chiếm 55,75%.",
     "grdp level 2023-H1 10673 A [current]; gva.agriculture level 2023-H1 2187 A; "
     "grdp.share.agriculture "
     "level 2023-H1 20.49 A; gva.services level 2023-H1 5950 A; grdp.share.services level "
     "2023-H1 55.75 A"},
    {"'chiếm X% trong mức tăng trưởng chung' is no share of GRDP", "2025-01/P9M",
     "GRDP tăng 9,83%, trong đó giá trị tăng thêm khu vực công nghiệp và xây dựng tăng 11,82%, "
     "chiếm 34,36% trong mức tăng trưởng chung.",
     "grdp yoy_pct 2025-01/P9M 9.83 A; gva.industry yoy_pct 2025-01/P9M 11.82 A"},
    {"a local plan is the report's own council's; two sectors together are neither", "2023",
     "Thu ngân sách đạt 12.800 tỷ đồng, đạt 98% dự toán Trung ương giao, 95,2% dự toán địa "
     "phương; tỷ trọng công nghiệp, xây dựng và thương mại, dịch vụ đạt 73,4%; tổng diện tích rừng "
     "đã trồng đạt 2.394 ha.",
     "budget.revenue level 2023 12800 A; budget.revenue pct_plan 2023 98 A [by central]; "
     "budget.revenue pct_plan 2023 95.2 A [by province]; forest.planted level 2023 2394 A"},
    {"thousands of a scale ('12 ngàn 124 tỷ'); a plus sign spaced after ':' or ','", "2023",
     "GRDP theo giá thực tế đạt 12 ngàn 124 tỷ đồng. - Chỉ số sản xuất công nghiệp (IIP): + 6,7%; "
     "thu ngân sách đạt 4.856 tỷ đồng, + 10,70%.",
     "grdp level 2023 12124 A [current]; industry.production_index yoy_pct 2023 6.7 A; "
     "budget.revenue level 2023 4856 A; budget.revenue yoy_pct 2023 10.7 A"},
    {"GRDP's percentage reached is its growth; a % after 'bằng ... GDP' is not", "2024-H1",
     "GRDP quý II ước đạt 9,91%; vốn đầu tư bằng 12,25% GDP, đảm bảo 39,4% tổng chi.",
     "grdp yoy_pct 2024-Q2 9.91 E"},
    {"new enterprises in other words: certificates granted, 'cấp phép'; 'về số lượng / nguồn vốn'",
     "2024",
     "Tỉnh đã cấp 589 giấy chứng nhận đăng ký doanh nghiệp với tổng vốn đăng ký đạt 5.809,6 tỷ "
     "đồng, tăng 25% về số lượng và tăng 20% về nguồn vốn.",
     "enterprise.new level 2024 589 A; enterprise.new.capital level 2024 5809.6 A; enterprise.new "
     "yoy_pct 2024 25 A; enterprise.new.capital yoy_pct 2024 20 A"},
    {"enterprises licensed ('cấp phép') are new ones", "2024",
     "Thành phố cấp phép 37.808 doanh nghiệp với tổng vốn 400.000 tỷ đồng.",
     "enterprise.new level 2024 37808 A; enterprise.new.capital level 2024 400000 A"},
    {"visitors 'lượng khách đến'; forest cover 'tỷ lệ độ che phủ'; 'sản lượng thủy hải sản'",
     "2024",
     "Lượng khách đến tỉnh đạt khoảng 4,46 triệu lượt, tăng 10%; tỷ lệ độ che phủ rừng đạt 50,1%; "
     "sản lượng thủy hải sản đạt 20.000 tấn.",
     "tourism.visitors level 2024 4460000 E; tourism.visitors yoy_pct 2024 10 E; forest.cover "
     "level 2024 50.1 E; aquaculture.output level 2024 20000 E"},
    {"the parts of a blocked total after 'trong đó' are their own; a trade balance is neither",
     "2024",
     "Tổng kim ngạch xuất nhập khẩu đạt 5 tỷ USD, trong đó xuất khẩu đạt 3 tỷ USD; xuất siêu 1,16 "
     "tỷ USD.",
     "exports level 2024 3000 A"},
    {"a rise or fall against a plan is a share of it; a rise of 100% or more is ambiguous", "2024",
     "Tổng chi ngân sách đạt 17.222,8 tỷ đồng, tăng 10% so với dự toán; thu ngân sách tăng 138% "
     "so với dự toán; doanh thu du lịch giảm 5% so với kế hoạch.",
     "budget.expenditure level 2024 17222.8 A; budget.expenditure pct_plan 2024 110 A; "
     "tourism.revenue pct_plan 2024 95 A"},
    {"spending and disbursement named by their verbs; other words of industry, tourism, budget",
     "2024",
     "Tỉnh đã chi 10.362 tỷ đồng, bằng 70,1% dự toán; đã giải ngân hơn 6.680 tỷ đồng, đạt 24,6% "
     "kế hoạch giao; giá trị ngành công nghiệp đạt 95.000 tỷ đồng; doanh thu từ khách du lịch đạt "
     "1.578 tỷ đồng; tổng thu cân đối ngân sách nhà nước đạt 5.000 tỷ đồng; toàn tỉnh gieo trồng "
     "được 106.360 ha cây trồng hàng năm; chỉ số sản xuất công nghiệp tăng mạnh 11,89%.",
     "budget.expenditure level 2024 10362 A; budget.expenditure pct_plan 2024 70.1 A; "
     "public_investment.disbursed level 2024 6680 A; public_investment.disbursed pct_plan 2024 "
     "24.6 A; industry.output level 2024 95000 A; tourism.revenue level 2024 1578 A; "
     "budget.revenue level 2024 5000 A; agri.sown_area level 2024 106360 A; "
     "industry.production_index yoy_pct 2024 11.89 A"},
    {"loans disbursed by banks are no public investment", "2024",
     "Các ngân hàng đã giải ngân cho vay 500 tỷ đồng, đạt 80% kế hoạch giao.", ""},
    {"no rural standard of culture or higher grade; no tourism revenue of lodging and food; 'gấp "
     "X%' no rise",
     "2024",
     "Có thêm 1 xã đạt chuẩn văn hóa nông thôn mới; toàn tỉnh có 43 xã đạt chuẩn xã nông thôn mới "
     "kiểu mẫu. Doanh thu dịch vụ lưu trú, ăn uống và du lịch lữ hành đạt 7.276 tỷ đồng, tăng 15%. "
     "Thu nhập bình quân đầu người đạt 59 triệu đồng, gấp 43,6% so với năm 1992.",
     "grdp.per_capita level 2024 59 A"},
    {"'N năm (Y1 - Y2)' is the span of years", "2024",
     "Trong 3 năm (2021 - 2023) GRDP tăng bình quân 3,9%/năm.",
     "grdp avg_annual_pct 2021/2023 3.9 A"},
    {"'a/b xã nông thôn mới'; industry's output in money", "2024",
     "Toàn tỉnh có 80/142 xã nông thôn mới; sản xuất công nghiệp thực hiện 41.900 tỷ đồng.",
     "rural.ncr_communes level 2024 80 A; industry.output level 2024 41900 A"},
    {"visits welcomed or served ('đón', not 'đơn vị'); 'nông lâm nghiệp' among GRDP's sectors",
     "2024",
     "Tỉnh đón 257 nghìn lượt người; các đơn vị đã tiếp 2.758 lượt. GRDP tăng 7%, trong đó nông "
     "lâm nghiệp tăng 2,78%.",
     "tourism.visitors level 2024 257000 A; grdp yoy_pct 2024 7 A; gva.agriculture yoy_pct 2024 "
     "2.78 A"},
    {"a growth scenario is no fact", "2024",
     "Tỉnh xây dựng kịch bản tăng trưởng kinh tế 8% năm 2025.", ""},
    {"a target kept is no fact", "2024",
     "Giữ nguyên mục tiêu khu vực nông nghiệp tăng 3,3%.", ""},
    {"a target reached ('đạt mục tiêu', not 'đặt') tells results", "2024",
     "GRDP đạt mục tiêu, tăng 7,2%.", "grdp yoy_pct 2024 7.2 A"},
    {"a plan's growth and levels ('kế hoạch tăng trưởng', 'Theo kế hoạch, ...') are targets",
     "2024",
     "Tỉnh quyết tâm thực hiện kế hoạch tăng trưởng kinh tế 8%. Theo kế hoạch, năm 2025 GRDP dự "
     "kiến đạt 13.794 tỷ đồng.",
     "grdp plan 2025 13794 A"},
    {"returning enterprises are no new ones; industry and construction's output is not industry's",
     "2024",
     "Có 490 doanh nghiệp thành lập mới; số doanh nghiệp quay trở lại hoạt động tăng 59,2%. Giá trị "
     "sản xuất công nghiệp, xây dựng tăng 10,0%, trong đó, giá trị sản xuất công nghiệp tăng 8,0%.",
     "enterprise.new level 2024 490 A; industry.output yoy_pct 2024 8 A"},
    {"'trong đó' before a period is the total again, by period; a growth phrase's % is growth",
     "2013",
     "Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2011-2013 đạt 14,8%, trong đó năm 2011 đạt "
     "11,68%, năm 2012 đạt 13,44%.",
     "grdp avg_annual_pct 2011/2013 14.8 A; grdp yoy_pct 2011 11.68 A; grdp yoy_pct 2012 13.44 A"},
    {"a disbursement's percentage reached is a share of its plan (of_plan); its rise is growth",
     "2023",
     "Giải ngân vốn đầu tư công được 1.151 tỉ đồng, đạt 32,52%, tăng 12%.",
     "public_investment.disbursed level 2023 1151 A; public_investment.disbursed pct_plan 2023 "
     "32.52 A; public_investment.disbursed yoy_pct 2023 12 A"},
    {"investment of the whole district; disbursement against the Prime Minister's plan", "2022",
     "Tổng số vốn đầu tư phát triển toàn huyện ước đạt 948.260 triệu đồng. Hết tháng 3, tỉnh giải "
     "ngân được 2.719 tỷ đồng, bằng 25,5% kế hoạch Thủ tướng giao.",
     "investment.total level 2022 948.26 E; public_investment.disbursed level 2022-Q1 2719 E; "
     "public_investment.disbursed pct_plan 2022-Q1 25.5 E [by central]"},
    {"lodging and food services after retail's 'và' are part of retail sales", "2022-H1",
     "Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ sử dụng và doanh thu hoạt động dịch vụ lưu trú, "
     "ăn uống du lịch lữ hành tăng 17,13% so cùng kỳ.",
     "retail.sales yoy_pct 2022-H1 17.13 A"},
    {"investment 'phát triển xã hội'; 'kinh tế tiếp tục tăng trưởng ..., đạt X%' is growth", "2025",
     "Tổng vốn đầu tư phát triển xã hội đạt 20.000 tỷ đồng. Kinh tế tiếp tục tăng trưởng khá, đạt "
     "6,91%.",
     "investment.total level 2025 20000 A; grdp yoy_pct 2025 6.91 A"},
    {"a rank ('thứ 2 đồng bằng') is no figure; 'thu' (revenue) is no rank", "2024",
     "GRDP của tỉnh đứng thứ 2 đồng bằng sông Cửu Long với trên 144 nghìn tỷ đồng; thu ngân sách "
     "đạt 500 tỷ đồng.",
     "grdp level 2024 144000 A; budget.revenue level 2024 500 A"},
    {"bank deposits are no subject's", "2014",
     "Năm 2013, khu vực công nghiệp và xây dựng đạt 500 tỷ đồng. Năm 2014, tổng nguồn vốn huy "
     "động đạt 1.796,3 tỷ đồng.",
     "gva.industry level 2013 500 A"},
    {"what reaching a target needs is a plan", "2024",
     "Để đạt mục tiêu trên, huyện phải xây mới 20 trường đạt chuẩn quốc gia.",
     "edu.standard_schools plan 2024 20 A"},
    {"an aim for part of the year is no plan; an aim for the year is", "2024-Q1",
     "Tỉnh hướng đến tăng trưởng GRDP 6 tháng đầu năm đạt 13.000 tỷ đồng; phấn đấu năm 2024 thu "
     "ngân sách đạt 2.800 tỷ đồng.",
     "budget.revenue plan 2024 2800 A"},
    {"'6 tháng cuối năm' is the second half, '3 tháng cuối năm' the fourth quarter", "2024-H1",
     "Trong 6 tháng cuối năm 2023, thu ngân sách đạt 2.500 tỷ đồng; riêng 3 tháng cuối năm 2023, "
     "xuất khẩu đạt 120 triệu USD, tăng 8% so với cùng kỳ.",
     "budget.revenue level 2023-H2 2500 A; exports level 2023-Q4 120 A; exports yoy_pct 2023-Q4 8 "
     "A"},
    {"no plan from a yearly target, no earlier figure but right after one of the subject", "2022",
     "Tỷ lệ hộ nghèo còn 5,93% (chỉ tiêu là 1,5%/năm); vốn đầu tư toàn xã hội khoảng 35% GRDP mỗi "
     "năm (năm 2020 ước đạt 2.995,8 tỷ đồng).",
     "social.poverty_rate level 2022 5.93 A"},
    {"'tỉ' spelled with i", "2023",
     "Tỉ lệ hộ nghèo còn 3,2%; tỉ lệ che phủ rừng đạt 62%.",
     "social.poverty_rate level 2023 3.2 A; forest.cover level 2023 62 A"},
    {"tourism in other words", "2023",
     "Lượng khách tham quan du lịch ước đạt 1,2 triệu lượt, tăng 10% so với cùng kỳ; tổng thu "
     "từ khách du lịch đạt 3.500 tỷ đồng.",
     "tourism.visitors level 2023 1200000 E; tourism.visitors yoy_pct 2023 10 E; "
     "tourism.revenue level 2023 3500 E"},
    {"a unit that names its indicator with no subject yet", "2023",
     "Năm 2023, tỉnh đón 450.000 du khách, tăng 8%.",
     "tourism.visitors level 2023 450000 A; tourism.visitors yoy_pct 2023 8 A"},
    {"retail sales, enterprises as DN; sown as a verb is the season's area, not the total", "2023",
     "Doanh thu bán lẻ hàng hóa và dịch vụ tiêu dùng đạt 25.000 tỷ đồng; có 420 DN thành lập "
     "mới; vụ Đông Xuân, toàn huyện gieo trồng 41.800 ha.",
     "retail.sales level 2023 25000 A; enterprise.new level 2023 420 A; "
     "agri.sown_area.winter_spring level 2023 41800 A"},
    {"exports and imports together are neither", "2023",
     "Tổng kim ngạch xuất nhập khẩu ước đạt 770 triệu USD.", ""},
    {"GDP of older reports is the province's; the country's is not", "2014",
     "Tốc độ tăng trưởng GDP đạt 9,1%; tăng trưởng GDP cả nước đạt 6%.", "grdp yoy_pct 2014 9.1 A"},
    {"an office named after plans is no plan", "2024-01/P9M",
     "Sở Kế hoạch và Đầu tư cho biết tăng trưởng GRDP 9 tháng ước đạt 7,2%.",
     "grdp yoy_pct 2024-01/P9M 7.2 E"},
    {"a bare 'lũy kế' in a monthly report: January to the month", "2024-09",
     "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 2.310 tỷ đồng, lũy kế ước đạt "
     "21.870 tỷ đồng, tăng 11,2% so với cùng kỳ.",
     "retail.sales level 2024-09 2310 E; retail.sales level 2024-01/P9M 21870 E; "
     "retail.sales yoy_pct 2024-01/P9M 11.2 E"},
    {"a bare 'lũy kế' in a nine-month report: the figure before is the month's", "2024-01/P9M",
     "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 2.310 tỷ đồng, lũy kế ước đạt "
     "21.870 tỷ đồng.",
     "retail.sales level 2024-09 2310 E; retail.sales level 2024-01/P9M 21870 E"},
    {"a bare 'cộng dồn' after a quarter", "2024-Q3",
     "Kim ngạch xuất khẩu quý III ước đạt 410 triệu USD, cộng dồn đạt 1.150 triệu USD.",
     "exports level 2024-Q3 410 E; exports level 2024-01/P9M 1150 E"},
    {"a cumulative cue with a period of its own keeps it", "2024-12",
     "Thu ngân sách tháng 12 ước đạt 610 tỷ đồng, tính chung cả năm đạt 6.400 tỷ đồng.",
     "budget.revenue level 2024-12 610 E; budget.revenue level 2024 6400 E"},
    {"a day and month after 'đến ngày' without a year", "2023-01/P8M",
     "Đến ngày 20/8, toàn tỉnh có 1.530 doanh nghiệp thành lập mới.",
     "enterprise.new level 2023-01-01/2023-08-20 1530 A"},
    {"'đạt X%' after a plan named in the sentence", "2023",
     "Tổng chi ngân sách địa phương đạt 3.400 tỷ đồng, đạt 61,2% dự toán, trong đó: chi đầu "
     "tư phát triển đạt 1.100 tỷ đồng, đạt 48,7%.",
     "budget.expenditure level 2023 3400 A; budget.expenditure pct_plan 2023 61.2 A; "
     "budget.expenditure.investment level 2023 1100 A; budget.expenditure.investment "
     "pct_plan 2023 48.7 A"},
    {"'đạt X%' without a plan named, right after the level: the share of its plan too", "2023",
     "Chi đầu tư phát triển đạt 1.100 tỷ đồng, đạt 48,7%.",
     "budget.expenditure.investment level 2023 1100 A; budget.expenditure.investment "
     "pct_plan 2023 48.7 A"},
    {"a bare 'bằng X%' after 'bằng Y% so với cùng kỳ'", "2023",
     "Doanh thu du lịch đạt 1.250 tỷ đồng, bằng 118% so với cùng kỳ; tổng lượt khách đạt 2,1 "
     "triệu lượt, bằng 112%.",
     "tourism.revenue level 2023 1250 A; tourism.revenue yoy_pct 2023 18 A; "
     "tourism.visitors level 2023 2100000 A; tourism.visitors yoy_pct 2023 12 A"},
    {"a bare count takes its subject's counting unit", "2023",
     "Số doanh nghiệp đăng ký thành lập mới là 1.210, tăng 9% so với cùng kỳ.",
     "enterprise.new level 2023 1210 A; enterprise.new yoy_pct 2023 9 A"},
    {"not a money subject", "2023", "Tổng vốn đầu tư toàn xã hội là 1.210.", ""},
    {"money per person names GRDP per head", "2023",
     "GRDP bình quân ước đạt 68,5 triệu đồng/người, đạt 101% kế hoạch.",
     "grdp.per_capita level 2023 68.5 E; grdp.per_capita pct_plan 2023 101 E"},
    {"the same period of an earlier year in brackets", "2023-01/P6M",
     "Giải ngân vốn đầu tư công 6 tháng đạt 1.950 tỷ đồng, đạt 38,2% kế hoạch (cùng kỳ năm 2022 "
     "đạt 27,6%).",
     "public_investment.disbursed level 2023-H1 1950 A; public_investment.disbursed pct_plan "
     "2023-H1 38.2 A; public_investment.disbursed pct_plan 2022-H1 27.6 A"},
    {"'của cùng kỳ năm trước' before the figure", "2023-01/P6M",
     "GRDP 6 tháng tăng 6,1%, cao hơn mức tăng của cùng kỳ năm trước (5,2%).",
     "grdp yoy_pct 2023-H1 6.1 A; grdp yoy_pct 2022-H1 5.2 A"},
    {"a level of the same period a year before", "2024-Q1",
     "Tổng mức bán lẻ hàng hóa quý I đạt 18.500 tỷ đồng (cùng kỳ đạt khoảng 16.900 tỷ đồng).",
     "retail.sales level 2024-Q1 18500 A; retail.sales level 2023-Q1 16900 E"},
    {"a base after the figure is no earlier period", "2024-Q1",
     "Tổng mức bán lẻ hàng hóa quý I đạt 18.500 tỷ đồng, tăng 9% so với cùng kỳ.",
     "retail.sales level 2024-Q1 18500 A; retail.sales yoy_pct 2024-Q1 9 A"},
    {"the year of a plan is not the figures'", "2023-01/P11M",
     "Chi đầu tư phát triển đạt 2.750 tỷ đồng, đạt 88% dự toán cả năm và giảm 3,1% so cùng kỳ.",
     "budget.expenditure.investment level 2023-01/P11M 2750 A; budget.expenditure.investment "
     "pct_plan 2023-01/P11M 88 A; budget.expenditure.investment yoy_pct 2023-01/P11M -3.1 A"},
    {"a sum in two currencies: neither figure is the whole", "2024-01/P9M",
     "Tỉnh thu hút được 61 dự án với tổng vốn đăng ký 9.800 tỷ đồng và 215 triệu USD.",
     "investment.projects level 2024-01/P9M 61 A"},
    {"an amount in brackets after a change is the level", "2025-01/P6M",
     "Doanh thu du lịch tăng 28% so với cùng kỳ (hơn 950 tỷ đồng).",
     "tourism.revenue yoy_pct 2025-H1 28 A; tourism.revenue level 2025-H1 950 A"},
    {"but an absolute change in brackets is not", "2025-01/P6M",
     "Doanh thu du lịch tăng 28% so với cùng kỳ (tương ứng 210 tỷ đồng).",
     "tourism.revenue yoy_pct 2025-H1 28 A"},
    {"another area as a clause's subject", "2023",
     "GRDP năm 2023 tăng 5,9%, cao hơn bình quân (cả nước tăng 5,05%).",
     "grdp yoy_pct 2023 5.9 A"},
    {"'tính chung năm' after a quarter", "2023",
     "GRDP quý IV tăng 7,1% so với cùng kỳ; tính chung năm 2023 tăng 6,4%.",
     "grdp yoy_pct 2023-Q4 7.1 A; grdp yoy_pct 2023 6.4 A"},
    {"'chiếm tỷ trọng' in an economic structure", "2023",
     "Cơ cấu kinh tế: khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 24,1%.",
     "grdp.share.agriculture level 2023 24.1 A"},
    {"a term of N years", "2016/2020",
     "Tốc độ tăng trưởng kinh tế bình quân 5 năm 2016 - 2020 tăng 7,4%.",
     "grdp avg_annual_pct 2016/2020 7.4 A"},
    {"a date in passing is no period", "2023",
     "Theo báo cáo ngày 9 tháng 2 năm 2023, thu ngân sách đạt 900 tỷ đồng.",
     "budget.revenue level 2023 900 A"},
    {"sector abbreviations in a GRDP sentence", "2023",
     "Tổng sản phẩm trên địa bàn tăng 6,2%, trong đó khu vực NLTS tăng 3,1%, khu vực CN-XD "
     "tăng 9,4%, khu vực TM-DV tăng 6,6%; thuế sản phẩm tăng 5%.",
     "grdp yoy_pct 2023 6.2 A; gva.agriculture yoy_pct 2023 3.1 A; gva.industry yoy_pct 2023 "
     "9.4 A; gva.services yoy_pct 2023 6.6 A"},
    {"a structure given respectively for the same period a year before", "2025-01/P9M",
     "Về cơ cấu kinh tế, khu vực nông, lâm nghiệp và thủy sản chiếm 18,4%; khu vực công nghiệp "
     "- xây dựng chiếm 44,7%; khu vực dịch vụ chiếm 32,5%; thuế sản phẩm chiếm 4,4% (cơ cấu "
     "tương ứng cùng kỳ năm 2024 là: 19,2%; 43,1%; 33,3%; 4,4%).",
     "grdp.share.agriculture level 2025-01/P9M 18.4 A; grdp.share.industry level 2025-01/P9M "
     "44.7 A; grdp.share.services level 2025-01/P9M 32.5 A; grdp.share.agriculture level "
     "2024-01/P9M 19.2 A; grdp.share.industry level 2024-01/P9M 43.1 A; grdp.share.services "
     "level 2024-01/P9M 33.3 A"},
    {"... or for a year it names, in its own order", "2022",
     "Năm 2022, khu vực dịch vụ chiếm tỷ trọng 41,0%; khu vực công nghiệp và xây dựng chiếm "
     "36,2%; khu vực nông, lâm nghiệp và thủy sản chiếm 19,3% (tỷ trọng tương ứng của năm 2021 "
     "là 40,1%; 36,0%; 20,5%).",
     "grdp.share.services level 2022 41 A; grdp.share.industry level 2022 36.2 A; "
     "grdp.share.agriculture level 2022 19.3 A; grdp.share.services level 2021 40.1 A; "
     "grdp.share.industry level 2021 36 A; grdp.share.agriculture level 2021 20.5 A"},
    {"sectors by number: their growth after GRDP's", "2024",
     "Tổng sản phẩm trên địa bàn tăng 7,1%; trong đó khu vực I tăng 3,2%, khu vực II tăng "
     "10,4%, khu vực III tăng 6,5%.",
     "grdp yoy_pct 2024 7.1 A; gva.agriculture yoy_pct 2024 3.2 A; gva.industry yoy_pct 2024 "
     "10.4 A; gva.services yoy_pct 2024 6.5 A"},
    {"... and their shares in the structure, a gloss in brackets or none", "2024",
     "Cơ cấu kinh tế: khu vực I (nông, lâm nghiệp và thủy sản) chiếm 21,3%; khu vực II (công "
     "nghiệp - xây dựng) chiếm 35,0%; khu vực III chiếm 39,4%.",
     "grdp.share.agriculture level 2024 21.3 A; grdp.share.industry level 2024 35 A; "
     "grdp.share.services level 2024 39.4 A"},
    {"quarters of the sentence's period name theirs up to the clause's end", "2024-01/P9M",
     "Tổng sản phẩm trên địa bàn 9 tháng năm 2024 tăng 6,8% so với cùng kỳ, quý II tăng 6,1%, "
     "quý III tăng 7,4%; khu vực dịch vụ tăng 7,2%, khu vực nông, lâm nghiệp và thủy sản tăng "
     "3,1%.",
     "grdp yoy_pct 2024-01/P9M 6.8 A; grdp yoy_pct 2024-Q2 6.1 A; grdp yoy_pct 2024-Q3 7.4 A; "
     "gva.services yoy_pct 2024-01/P9M 7.2 A; gva.agriculture yoy_pct 2024-01/P9M 3.1 A"},
    {"'tăng bình quân hàng năm X%' over a span is the yearly average", "2016/2020",
     "Giai đoạn 2016-2020, thu ngân sách trên địa bàn tăng bình quân hằng năm 14,6%; tổng vốn "
     "đầu tư toàn xã hội tăng bình quân 9,1%.",
     "budget.revenue avg_annual_pct 2016/2020 14.6 A; investment.total avg_annual_pct 2016/2020 "
     "9.1 A"},
    {"... and over no span, nothing (not the year's growth)", "2024",
     "Năm 2024, thu ngân sách trên địa bàn tăng bình quân hằng năm 14,6%.", ""},
    {"'từ năm A đến năm B' is the span of those years", "2023",
     "Từ năm 2016 đến năm 2020, thu ngân sách trên địa bàn tăng bình quân 11,2%/năm.",
     "budget.revenue avg_annual_pct 2016/2020 11.2 A"},
    {"'từ năm A đến nay' runs to the report's year; a stock is read at its end", "2023",
     "Từ năm 2021 đến nay, thu ngân sách trên địa bàn tăng bình quân 9,5%/năm; toàn tỉnh có 45 "
     "xã đạt chuẩn nông thôn mới.",
     "budget.revenue avg_annual_pct 2021/2023 9.5 A; rural.ncr_communes level 2023 45 A"},
    {"'từ ngày D/M đến D/M' is the days between (whole months written as months)", "2024-Q1",
     "Từ ngày 1/1 đến 29/2, toàn tỉnh thu hút 11 dự án đầu tư; từ ngày 15/12/2023 đến ngày "
     "14/1/2024, thu hút thêm 3 dự án đầu tư.",
     "investment.projects level 2024-01/P2M 11 A; investment.projects level "
     "2023-12-15/2024-01-14 3 A"},
    {"the highest ever is no count since the start", "2024",
     "Thu ngân sách nhà nước đạt mức cao nhất từ trước đến nay, đạt 6.250 tỷ đồng, tăng 18% so "
     "với năm trước.",
     "budget.revenue level 2024 6250 A; budget.revenue yoy_pct 2024 18 A"},
    {"... but a sum since the start is", "2024",
     "Thu ngân sách từ trước đến nay đạt 61.250 tỷ đồng.", ""},
    {"the economy of a place named right after 'kinh tế' or 'tăng trưởng' is its GRDP", "2024",
     "Năm 2024, kinh tế tỉnh Kon Tum tăng trưởng 8,2%, đứng thứ 3 trong vùng; tốc độ tăng "
     "trưởng của tỉnh Kon Tum quý IV ước đạt 9,1%.",
     "grdp yoy_pct 2024 8.2 A; grdp yoy_pct 2024-Q4 9.1 E"},
    {"after GRDP's growth a sector's bare 'đạt X%' is its growth", "2025-01/P9M",
     "Tốc độ tăng trưởng GRDP 9 tháng năm 2025 ước đạt 6,9%; khu vực nông, lâm nghiệp và thủy "
     "sản ước đạt 3,4%; khu vực dịch vụ ước đạt 7,2%.",
     "grdp yoy_pct 2025-01/P9M 6.9 E; gva.agriculture yoy_pct 2025-01/P9M 3.4 E; gva.services "
     "yoy_pct 2025-01/P9M 7.2 E"},
    {"billions with no unit word are billions of đồng; not before a word", "2023",
     "Năm 2023, thu ngân sách đạt 18,25 nghìn tỷ, tăng 5%; tổng vốn đầu tư toàn xã hội đạt 31.196 "
     "tỷ. Tỷ lệ hộ nghèo còn 3%, xuất khẩu đạt 1,2 tỷ USD.",
     "budget.revenue level 2023 18250 A; budget.revenue yoy_pct 2023 5 A; investment.total level "
     "2023 31196 A; social.poverty_rate level 2023 3 A; exports level 2023 1200 A"},
    {"'chín tháng qua' are the months of the year so far", "2024-Q3",
     "Tính chung chín tháng qua, tổng sản phẩm trên địa bàn ước tăng 6,5%.",
     "grdp yoy_pct 2024-01/P9M 6.5 E"},
    {"a planned change in brackets is no figure, of the base's year or any", "2017",
     "Năm 2017, tốc độ tăng trưởng kinh tế ước tăng 9,8% so với năm 2016 (kế hoạch tăng 10,2%); "
     "khu vực dịch vụ tăng 6,1% (kế hoạch tăng 7%).",
     "grdp yoy_pct 2017 9.8 E; gva.services yoy_pct 2017 6.1 E"},
    {"planted forest tended is no planting", "2020",
     "Năm 2020, diện tích rừng trồng được chăm sóc 910 ha, bằng 49,1% so cùng kỳ; diện tích rừng "
     "trồng mới đạt 80 ha.",
     "forest.planted level 2020 80 A"},
    {"'tăng bình quân hàng năm đạt X%' is the yearly average, in a review over its span",
     "2016/2020",
     "Tổng sản lượng thủy sản tăng bình quân hàng năm đạt 1,1%; thu ngân sách tăng mạnh, đạt 105% "
     "dự toán; số hộ nghèo giảm bình quân hàng năm 2%.",
     "aquaculture.output avg_annual_pct 2016/2020 1.1 A; budget.revenue pct_plan 2016/2020 105 A"},
    {"fish caught and farmed together are the whole output; caught alone a part", "2021",
     "Năm 2021, tổng sản lượng khai thác và nuôi trồng thủy sản ước đạt 61.300 tấn (tăng 3,6% so "
     "với năm 2020); sản lượng khai thác đạt 20.000 tấn.",
     "aquaculture.output level 2021 61300 E; aquaculture.output yoy_pct 2021 3.6 E"},
    {"sectors with 'ngành' or 'và' in a structure are their shares", "2023",
     "Cơ cấu kinh tế: tỷ trọng ngành nông lâm nghiệp và thủy sản (khu vực I) là 30,1%; ngành công "
     "nghiệp và xây dựng (khu vực II) là 24,2%; các ngành dịch vụ (khu vực III) là 45,7%.",
     "grdp.share.agriculture level 2023 30.1 A; grdp.share.industry level 2023 24.2 A; "
     "grdp.share.services level 2023 45.7 A"},
    {"a change against the quarter before is no growth", "2024-Q3",
     "Chỉ số sản xuất công nghiệp quý III tăng 70,9% so với quý trước và tăng 29,1% so với cùng kỳ "
     "năm trước.",
     "industry.production_index yoy_pct 2024-Q3 29.1 A"},
    {"words: 'giá trị SXCN', 'CN - TTCN', 'doanh thu bán lẻ', 'thu nhập từ du lịch', 'số lượt khách "
     "đến tham quan'", "2019",
     "Năm 2019, giá trị SXCN đạt 1.500 tỷ đồng; giá trị sản xuất CN – TTCN đạt 2.100 tỷ đồng; "
     "doanh thu bán lẻ hàng hóa đạt 3.000 tỷ đồng; thu nhập từ du lịch đạt 440 tỷ đồng; số lượt "
     "khách đến tham quan đạt 1,3 triệu lượt.",
     "industry.output level 2019 1500 A; retail.sales level 2019 3000 A; tourism.revenue level 2019 "
     "440 A; tourism.visitors level 2019 1300000 A"},
    {"'bằng X% mức dự toán' is against the plan; 'chi cho đầu tư phát triển'", "2009",
     "Năm 2009, tổng chi ngân sách đạt 1.291 tỷ đồng, bằng 60,84% mức dự toán năm, trong đó, chi "
     "cho đầu tư phát triển được hơn 246 tỷ đồng.",
     "budget.expenditure level 2009 1291 A; budget.expenditure pct_plan 2009 60.84 A; "
     "budget.expenditure.investment level 2009 246 A"},
    {"'trong tháng' is the month of a report of months", "2018-01/P7M",
     "Tổng mức bán lẻ hàng hóa trong tháng ước đạt 8.955 tỷ đồng, tăng 1,1% so tháng trước và "
     "tăng 15,9% so với cùng kỳ; trong tháng 6 đạt 8.000 tỷ đồng.",
     "retail.sales level 2018-07 8955 E; retail.sales yoy_pct 2018-07 15.9 E; retail.sales level "
     "2018-06 8000 E"},
    {"... and nothing in a report of a year", "2018",
     "Tổng mức bán lẻ hàng hóa trong tháng ước đạt 8.955 tỷ đồng.", "retail.sales level 2018 8955 E"},
    {"'số lượng trâu/bò/heo' are the herds", "2023-H1",
     "Số lượng trâu giảm 1,3% so với cùng thời điểm năm trước; số lượng bò tăng 0,7%; số lượng heo "
     "giảm 5,1%.",
     "livestock.buffalo yoy_pct 2023-H1 -1.3 A; livestock.cattle yoy_pct 2023-H1 0.7 A; "
     "livestock.pig yoy_pct 2023-H1 -5.1 A"},
    {"'tổng sản phẩm trong nước trên địa bàn' is GRDP; a structure under 'Cơ cấu GDP'", "2013-H1",
     "Tổng sản phẩm trong nước trên địa bàn ước đạt 7.211 tỷ đồng, tăng 7,1% so cùng kỳ. Cơ cấu GDP "
     "6 tháng đầu năm 2013 như sau: khu vực nông, lâm, thủy sản 3,1%; khu vực công nghiệp, xây dựng "
     "37,9%.",
     "grdp level 2013-H1 7211 E; grdp yoy_pct 2013-H1 7.1 E; grdp.share.agriculture level 2013-H1 "
     "3.1 E; grdp.share.industry level 2013-H1 37.9 E"},
    {"another area as a clause's subject holds to the ';', or until the report's own is named",
     "2022",
     "Năm 2022, TP Pleiku đón hơn 4 triệu lượt khách, tăng 154% so cùng kỳ, trên địa bàn tỉnh thu "
     "ngân sách đạt 5.000 tỷ đồng; thu ngân sách tăng 12%.",
     "budget.revenue level 2022 5000 A; budget.revenue yoy_pct 2022 12 A"},
    {"a change against the month before, named or written first, is no growth", "2018-07",
     "Chỉ số sản xuất công nghiệp tháng 7/2018 giảm 0,3% so với tháng 6/2018, tăng 9% so với cùng "
     "kỳ năm trước; tổng mức bán lẻ hàng hoá tháng 7 ước đạt 4.400 tỷ đồng, so với tháng trước tăng "
     "1,1% và tăng 9,2% so với cùng kỳ năm trước; doanh thu du lịch tăng 5% so với tháng 7/2017.",
     "industry.production_index yoy_pct 2018-07 9 A; retail.sales level 2018-07 4400 E; "
     "retail.sales yoy_pct 2018-07 9.2 E; tourism.revenue yoy_pct 2018-07 5 E"},
    {"'đến hết (ngày) D/M/Y' is up to that day", "2022",
     "Thu ngân sách đến ngày 20/11/2022 đạt 388 tỷ đồng; dự kiến đến hết ngày 31/12/2022 đạt 400 "
     "tỷ đồng, bằng 101% KH.",
     "budget.revenue level 2022-01-01/2022-11-20 388 A; budget.revenue level 2022 400 E; "
     "budget.revenue pct_plan 2022 101 E"},
    {"'thu về' after visitors is their revenue", "2025-01/P10M",
     "Tính chung 10 tháng, tỉnh đón hơn 8,4 triệu lượt khách, thu về gần 18.400 tỷ đồng, tăng 21%.",
     "tourism.visitors level 2025-01/P10M 8400000 A; tourism.revenue level 2025-01/P10M 18400 A; "
     "tourism.revenue yoy_pct 2025-01/P10M 21 A"},
    {"a subject waiting for its unit waits past a comma when the next clause states it",
     "2022-H1",
     "Xuất khẩu phục hồi mạnh mẽ, ước 6 tháng đầu năm đạt 1 tỷ 953 triệu USD, tăng 23,3% so cùng "
     "kỳ. Hình thành 07 cánh đồng lớn với các loại cây trồng là cà phê, mía, ngô, gồm: 01 cánh đồng "
     "lớn 30 ha.",
     "exports level 2022-H1 1953 E; exports yoy_pct 2022-H1 23.3 E"},
    {"'tổng vốn đầu tư phát triển' is the area's investment; of the state budget's source, none",
     "2024",
     "Năm 2024, tổng vốn đầu tư phát triển ước thực hiện 24.310 tỷ đồng, tăng 9%; tổng vốn đầu tư "
     "phát triển thuộc nguồn vốn ngân sách nhà nước đạt 1.300 tỷ đồng.",
     "investment.total level 2024 24310 E; investment.total yoy_pct 2024 9 E"},
    {"a sector's contribution to growth is no growth of its own", "2024-H1",
     "Tổng sản phẩm trên địa bàn tăng 5,56%; khu vực nông lâm nghiệp và thủy sản tăng 3,3%, đóng góp "
     "1,19%; khu vực dịch vụ đóng góp 1,99%.",
     "grdp yoy_pct 2024-H1 5.56 A; gva.agriculture yoy_pct 2024-H1 3.3 A"},
    {"sown area written verb first; 'tổng thu' after visitors, 'tổng thu ngân sách' the budget's",
     "2023-Q1",
     "Cả tỉnh gieo trồng được 30.951,3 ha vụ Đông xuân, đạt 100,6% kế hoạch; huyện đã gieo trồng "
     "tổng diện tích 17.968,7 ha. Du lịch thu hút 1,8 triệu lượt khách; tổng thu đạt 2.141 tỷ đồng. "
     "Tổng thu ngân sách ước đạt 2.016 tỷ đồng.",
     "agri.sown_area.winter_spring level 2023-Q1 30951.3 A; agri.sown_area.winter_spring pct_plan "
     "2023-Q1 100.6 A; agri.sown_area level 2023-Q1 17968.7 A; tourism.visitors level 2023-Q1 1800000 "
     "A; tourism.revenue level 2023-Q1 2141 A; budget.revenue level 2023-Q1 2016 E"},
    {"'Về kinh tế, tăng trưởng ...' is GRDP's growth", "2024",
     "Về kinh tế, tăng trưởng ước đạt 3,98%, khu vực dịch vụ tăng 5,1%.",
     "grdp yoy_pct 2024 3.98 E; gva.services yoy_pct 2024 5.1 E"},
    {"'tổng sản phẩm' alone is the area's product; 'trong nước' the country's", "2024-H1",
     "Ước tính tổng sản phẩm (theo giá so sánh năm 2010) trên địa bàn tỉnh 6 tháng đầu năm 2024 đạt "
     "14.927,7 tỷ đồng, tăng 6,5% so với cùng kỳ năm trước, cao hơn tổng sản phẩm trong nước tăng "
     "6,4%.",
     "grdp level 2024-H1 14927.7 E [const2010]; grdp yoy_pct 2024-H1 6.5 E [const2010]"},
    {"'trong 5 năm qua' are the five years to the report's; an average after a plan is no share of it",
     "2012",
     "Tốc độ tăng trưởng kinh tế của huyện trong 5 năm qua đều vượt chỉ tiêu, bình quân hàng năm "
     "đạt 15,5%.",
     "grdp avg_annual_pct 2008/2012 15.5 A"},
    {"... but 'cao nhất trong 5 năm qua' is no period", "2012-H1",
     "Tổng sản phẩm 6 tháng tăng 7,57%, mức tăng cao nhất trong 5 năm qua; khu vực dịch vụ tăng 6%.",
     "grdp yoy_pct 2012-H1 7.57 A; gva.services yoy_pct 2012-H1 6 A"},
    {"qualifiers of more than one word stand between a verb and its figure", "2022",
     "Năm 2022 kinh tế tỉnh Kon Tum có tốc độ tăng trưởng vượt bậc 11,28% so với năm 2021; thu "
     "ngân sách tăng xấp xỉ 9%.",
     "grdp yoy_pct 2022 11.28 A; budget.revenue yoy_pct 2022 9 A"},
    {"a month named otherwise is another period; 'tháng cùng kỳ' the same one", "2024-07",
     "Doanh thu du lịch trong tháng 7 đạt 2.160 tỷ đồng, tăng 3,14% so tháng đầu hè và tăng 3,63% so "
     "cùng kỳ; chỉ số sản xuất công nghiệp tháng 7 tăng 0,7% so với tháng trước, tăng 46,06% so với "
     "tháng cùng kỳ.",
     "tourism.revenue level 2024-07 2160 A; tourism.revenue yoy_pct 2024-07 3.63 A; "
     "industry.production_index yoy_pct 2024-07 46.06 A"},
    {"words: 'vốn ngoài nhà nước', 'vốn đầu tư của dân cư và tư nhân', 'tổng giá trị sản phẩm "
     "trên địa bàn'", "2020-H1",
     "6 tháng năm 2020, vốn ngoài nhà nước 3.396,5 tỷ đồng, giảm 22,53%; tổng giá trị sản phẩm trên "
     "địa bàn ước đạt 13.249 tỷ đồng, tăng 4,38%.",
     "investment.private level 2020-H1 3396.5 A; investment.private yoy_pct 2020-H1 -22.53 A; grdp "
     "level 2020-H1 13249 E; grdp yoy_pct 2020-H1 4.38 E"},
    {"'âm X%' is a negative rate", "2020",
     "Năm 2020, tăng trưởng kinh tế âm 2,3% so với năm trước.", "grdp yoy_pct 2020 -2.3 A"},
    {"a council's resolution sets plans", "2023",
     "Năm 2024, HĐND tỉnh quyết nghị thông qua tổng thu ngân sách nhà nước 4.120 tỷ đồng; tổng "
     "chi ngân sách địa phương 9.870 tỷ đồng.",
     "budget.revenue plan 2024 4120 A; budget.expenditure plan 2024 9870 A"},
    {"words: 'tổng DTGT', 'chi đầu tư', 'diện tích nuôi thủy sản'", "2022",
     "Năm 2022, tổng DTGT đạt 41.200 ha; chi ngân sách tăng 12% (chi đầu tư tăng 30,2% và chi "
     "thường xuyên tăng 8,1%); diện tích nuôi thủy sản đạt 1.845 ha.",
     "agri.sown_area level 2022 41200 A; budget.expenditure yoy_pct 2022 12 A; "
     "budget.expenditure.investment yoy_pct 2022 30.2 A; budget.expenditure.current yoy_pct 2022 "
     "8.1 A; aquaculture.area level 2022 1845 A"},
    {"a structure's shares joined by dashes are its parts in order, in brackets too, a year "
     "after the last dating all three", "2019",
     "Cơ cấu kinh tế tiếp tục chuyển dịch theo hướng tích cực, ước đạt 8,8% - 59,7% - 31,5% (năm "
     "2018 là 9,9% - 57,3% - 32,8%). Tỷ trọng các ngành chuyển dịch mạnh, còn 15,9% - 52,5% - "
     "31,6% năm 2015.",
     "grdp.share.agriculture level 2019 8.8 E; grdp.share.industry level 2019 59.7 E; "
     "grdp.share.services level 2019 31.5 E; grdp.share.agriculture level 2018 9.9 E; "
     "grdp.share.industry level 2018 57.3 E; grdp.share.services level 2018 32.8 E; "
     "grdp.share.agriculture level 2015 15.9 E; grdp.share.industry level 2015 52.5 E; "
     "grdp.share.services level 2015 31.6 E"},
    {"... in the order the words before them name the parts, one named by a word that names "
     "nothing alone", "2018",
     "Cơ cấu kinh tế dịch vụ, công nghiệp, nông nghiệp lần lượt là 74,1%-23,8%-2,1%.",
     "grdp.share.services level 2018 74.1 A; grdp.share.industry level 2018 23.8 A; "
     "grdp.share.agriculture level 2018 2.1 A"},
    {"... parted by ';' with the plan's three in brackets after 'KH là'", "2014",
     "Cơ cấu kinh tế đến cuối năm 2014 giữa 3 khu vực I, II, III là 24,1%; 34,6%; 41,3% (KH là "
     "24,5%; 34,2%; 41,3%).",
     "grdp.share.agriculture level 2014 24.1 A; grdp.share.industry level 2014 34.6 A; "
     "grdp.share.services level 2014 41.3 A; grdp.share.agriculture plan 2014 24.5 A; "
     "grdp.share.industry plan 2014 34.2 A; grdp.share.services plan 2014 41.3 A"},
    {"... by commas and 'và', an earlier year's opening the clause dating all three",
     "2014-01/P6M",
     "Khu vực dịch vụ chiếm 28,9%; cùng kỳ năm trước tỷ trọng các khu vực lần lượt là 40,1%, "
     "31,2% và 28,7%.",
     "grdp.share.services level 2014-H1 28.9 A; grdp.share.agriculture level 2013-H1 40.1 A; "
     "grdp.share.industry level 2013-H1 31.2 A; grdp.share.services level 2013-H1 28.7 A"},
    {"... not four in a row", "2014",
     "Cơ cấu kinh tế các năm là 24,1%; 34,6%; 41,3%; 40,2%.", ""},
    {"... not two shares, nor dashes without a structure's word", "2019",
     "Cơ cấu kinh tế ước đạt 8,8% - 59,7%. Giá tiêu dùng tăng 2,1% - 3,5% - 4,0% theo quý.", ""},
    {"GRDP is compiled by the quarter: a monthly report's is the months to date", "2024-09",
     "Tổng sản phẩm trên địa bàn tăng 7,71%, khu vực dịch vụ tăng 6,2%; thu ngân sách đạt 900 tỷ "
     "đồng.",
     "grdp yoy_pct 2024-01/P9M 7.71 A; gva.services yoy_pct 2024-01/P9M 6.2 A; budget.revenue level "
     "2024-09 900 A"},
    {"... and GRDP per head is compiled by the year: a quarterly report's is the months to date, "
     "GRDP's the quarter's", "2024-Q2",
     "GRDP bình quân đầu người đạt 30,5 triệu đồng; tổng sản phẩm trên địa bàn tăng 6,1%.",
     "grdp.per_capita level 2024-H1 30.5 A; grdp yoy_pct 2024-Q2 6.1 A"},
    {"quarters in brackets after a base's year are the sentence's, not the base's", "2023-01/P9M",
     "Tổng sản phẩm trên địa bàn 9 tháng năm 2023 tăng 7,2% so với cùng kỳ năm 2022 (quý I tăng "
     "6,1%, quý II tăng 7,0%; quý III tăng 8,3%).",
     "grdp yoy_pct 2023-01/P9M 7.2 A; grdp yoy_pct 2023-Q1 6.1 A; grdp yoy_pct 2023-Q2 7 A; grdp "
     "yoy_pct 2023-Q3 8.3 A"},
    {"a district of the report's province opening a clause: the clause's figures are its own; "
     "a figure 'tại' it is not the report's either", "2024",
     "Năm 2024, diện tích gieo trồng của các địa phương: Đắk Hà thực hiện 1.003 ha, bằng 99,8%; "
     "Sa Thầy thực hiện 2.555 ha, tăng 10,2%. Thu ngân sách tại Đắk Hà đạt 250 tỷ đồng.",
     "agri.sown_area level 2024 1003 A [in dak-ha-district]; agri.sown_area level 2024 2555 A [in "
     "sa-thay-district]; agri.sown_area yoy_pct 2024 10.2 A [in sa-thay-district]"},
    {"... and so is one after 'Riêng'", "2024",
     "Riêng huyện Đắk Hà có 250 tỷ đồng thu ngân sách; toàn tỉnh thu ngân sách đạt 3.100 tỷ đồng.",
     "budget.revenue level 2024 250 A [in dak-ha-district]; budget.revenue level 2024 3100 A"},
    {"... up to the ';' or to the province named again; another province's name is no district",
     "2024",
     "Thu ngân sách: huyện Đắk Hà đạt 250 tỷ đồng; Gia Lai đạt 900 tỷ đồng; thu ngân sách toàn "
     "tỉnh đạt 3.100 tỷ đồng.",
     "budget.revenue level 2024 250 A [in dak-ha-district]; budget.revenue level 2024 3100 A"},
    {"... and 'kinh tế' before no place names nothing", "2024",
     "Năm 2024, nguồn lực cho kinh tế tập thể tăng 12%.", ""},
    {"more figures given respectively than shares before: the rest is nothing", "2023",
     "Khu vực dịch vụ chiếm 45,2% (cơ cấu tương ứng năm 2022 là 44,0%; 30,1%).",
     "grdp.share.services level 2023 45.2 A; grdp.share.services level 2022 44 A"},
    {"a sector's bare percentage after a colon, past GRDP's growth, is its growth", "2020",
     "Tăng trưởng kinh tế (GRDP) đạt 4,1%, trong đó khu vực dịch vụ: 5,3%; khu vực công nghiệp và "
     "xây dựng: 6,2%.",
     "grdp yoy_pct 2020 4.1 A; gva.services yoy_pct 2020 5.3 A; gva.industry yoy_pct 2020 6.2 A"},
    {"... in a structure, its share", "2020",
     "Cơ cấu kinh tế: khu vực dịch vụ: 41,5%; khu vực công nghiệp và xây dựng: 33,2%.",
     "grdp.share.services level 2020 41.5 A; grdp.share.industry level 2020 33.2 A"},
    {"visitors of one foreign market are a part, the total is not", "2019-01/P10M",
     "Tổng lượt khách du lịch ước đạt 5,8 triệu lượt, tăng 12%; trong đó có 1,2 triệu lượt khách "
     "Hàn Quốc, tăng 30%. Thị trường khách Nga đạt 310.000 lượt khách.",
     "tourism.visitors level 2019-01/P10M 5800000 E; tourism.visitors yoy_pct 2019-01/P10M 12 E"},
    {"words: 'nguồn thu' after visitors, 'cây ăn trái', 'tổng mức hàng hóa bán lẻ', 'nông - lâm - "
     "thủy', 'thu nhập bình quân của người dân'", "2020",
     "Tỉnh đón 2,1 triệu lượt khách, mang về nguồn thu 4.300 tỷ đồng. Diện tích cây ăn trái 8.120 "
     "ha. Tổng mức hàng hóa bán lẻ đạt 21.400 tỷ đồng. Tổng sản phẩm tăng 5,1%, khu vực nông - lâm "
     "- thủy tăng 2,8%. Thu nhập bình quân của người dân đạt 52,3 triệu đồng.",
     "tourism.visitors level 2020 2100000 A; tourism.revenue level 2020 4300 A; agri.area.fruit "
     "level 2020 8120 A; retail.sales level 2020 21400 A; grdp yoy_pct 2020 5.1 A; gva.agriculture "
     "yoy_pct 2020 2.8 A; grdp.per_capita level 2020 52.3 A"},
    {"a growth scenario is a plan", "2025-01/P9M",
     "Kim ngạch xuất khẩu ước đạt 3.200 triệu USD, bằng 74,1% kịch bản tăng trưởng năm.",
     "exports level 2025-01/P9M 3200 E; exports pct_plan 2025-01/P9M 74.1 E"},
    {"'chi cân đối ngân sách địa phương' is local spending", "2025-01/P9M",
     "Tổng chi cân đối ngân sách địa phương đạt 21.300 tỷ đồng.",
     "budget.expenditure level 2025-01/P9M 21300 A"},
    {"'từ đầu năm đến nay' in a month's report is January to that month", "2024-10",
     "Trong tháng 10, lượng khách du lịch tăng 5,6% so với cùng kỳ. Từ đầu năm đến nay, lượng "
     "khách đến tham quan ước đạt 3,1 triệu lượt, tăng 12%.",
     "tourism.visitors yoy_pct 2024-10 5.6 A; tourism.visitors level 2024-01/P10M 3100000 E; "
     "tourism.visitors yoy_pct 2024-01/P10M 12 E"},
    {"... and so is 'đầu năm đến nay' without 'từ'", "2019-10",
     "Đầu năm đến nay, giá trị sản xuất công nghiệp ước đạt trên 51.700 tỷ đồng, tăng 7,95% so với "
     "cùng kỳ.",
     "industry.output level 2019-01/P10M 51700 E; industry.output yoy_pct 2019-01/P10M 7.95 E"},
    {"after 'ngày' a day and month joined by '-' are a date of the report's year; a run of days "
     "is none", "2025-01/P9M",
     "Tính đến ngày 2-10, tổng thu ngân sách đạt 15.300 tỷ đồng.",
     "budget.revenue level 2025-01-01/2025-10-02 15300 A"},
    {"... a run of days is those days", "2025-01/P9M",
     "Từ ngày 2-10/9, tỉnh đón 12.000 lượt khách du lịch.",
     "tourism.visitors level 2025-09-02/2025-09-10 12000 A"},
    {"'tăng tới', 'giảm tới': 'tới' stands between a verb and its figure", "2025",
     "Chỉ số sản xuất công nghiệp tăng tới 18,2%; tổng đàn lợn giảm tới 9,5%.",
     "industry.production_index yoy_pct 2025 18.2 A; livestock.pig yoy_pct 2025 -9.5 A"},
    {"'lượt khách đến' names visits before their figures", "2019-01/P9M",
     "9 tháng đầu năm 2019, lượt khách đến thành phố đạt 1,4 triệu lượt, tăng 12,5% so với cùng kỳ.",
     "tourism.visitors level 2019-01/P9M 1400000 A; tourism.visitors yoy_pct 2019-01/P9M 12.5 A"},
    {"farming as a whole, then its growth after a comma, is the sector's growth; its amounts "
     "are no value added", "2022",
     "Sản xuất nông nghiệp của huyện ổn định, tốc độ tăng trưởng đạt 3,2%. Sản xuất nông nghiệp "
     "đạt 2.100 tỷ đồng.",
     "gva.agriculture yoy_pct 2022 3.2 A"},
    {"a clause opening with its period goes on with the subject, after ';' or 'trong đó,'",
     "2021-01/P9M",
     "Tổng sản phẩm 9 tháng ước tăng 5,2%; trong đó, 6 tháng đầu năm tăng 5,9%; quý III ước tăng "
     "3,8%; 12 xã đạt chuẩn nông thôn mới.",
     "grdp yoy_pct 2021-01/P9M 5.2 E; grdp yoy_pct 2021-H1 5.9 E; grdp yoy_pct 2021-Q3 3.8 E; "
     "rural.ncr_communes level 2021-01/P9M 12 E"},
    {"domestic or foreign projects alone are a part, and so is their capital", "2022-H1",
     "Tỉnh đã chấp thuận chủ trương đầu tư cho 41 dự án (trong đó có 6 dự án FDI), tổng vốn "
     "đăng ký 5.120 tỷ đồng. Tỉnh cấp mới 12 dự án đầu tư trong nước với tổng vốn 870 tỷ đồng.",
     "investment.projects level 2022-H1 41 A; investment.projects.capital level 2022-H1 5120 A"},
    {"Viet Nam's growth is the country's; revenue from one sector is a part", "2023",
     "Tăng trưởng kinh tế Việt Nam đạt 5,05%; tổng sản phẩm trên địa bàn tỉnh tăng 7,1%. Số thu "
     "từ khu vực doanh nghiệp nhà nước đạt 310 tỷ đồng.",
     "grdp yoy_pct 2023 7.1 A"},
    {"'đạt tỷ lệ X%' is the subject's", "2023-H1",
     "Giải ngân vốn đầu tư công đạt tỷ lệ 38,2% kế hoạch.",
     "public_investment.disbursed pct_plan 2023-H1 38.2 A"},
    {"public investment named after its amount", "2023-H1",
     "Đầu tư được chú trọng, với 1.250 tỷ đồng vốn đầu tư công được giải ngân.",
     "public_investment.disbursed level 2023-H1 1250 A"},
    {"'năm đầu tiên trong vòng 4 năm qua' names no period", "2022",
     "Đây là năm đầu tiên trong vòng 4 năm qua, tổng sản phẩm trên địa bàn tăng 7,4%.",
     "grdp yoy_pct 2022 7.4 A"},
    {"'chiếm tỷ lệ' is the subject's share; 'lượng khách' where tourism is spoken of; investment "
     "'ước thực hiện'", "2021-H1",
     "Khu vực dịch vụ chiếm tỷ lệ cao nhất 47,3% trong cơ cấu kinh tế. Ngành du lịch đón tổng "
     "lượng khách ước đạt 820 nghìn lượt. Lượng khách vận chuyển đạt 3 triệu lượt. Tổng vốn đầu tư "
     "ước thực hiện 6.210 tỷ đồng.",
     "grdp.share.services level 2021-H1 47.3 A; tourism.visitors level 2021-H1 820000 E; "
     "investment.total level 2021-H1 6210 E"},
    {"'bình quân hàng năm' before the verb is a yearly average: over a span named, or none; "
     "'bình quân đầu người' is no average", "2012",
     "Giai đoạn 2006 - 2010, GDP bình quân hàng năm tăng 12,3%. Năm 2012, GDP bình quân đầu "
     "người tăng 10,5%; tốc độ tăng trưởng kinh tế bình quân hàng năm đạt 11,2%; GDP tăng 9,5%.",
     "grdp avg_annual_pct 2006/2010 12.3 A; grdp.per_capita yoy_pct 2012 10.5 A; "
     "grdp yoy_pct 2012 9.5 A"},
    {"an excess in money against the plan is no level, and names the base of the share before "
     "it", "2023",
     "Thu ngân sách đạt 5.710 tỷ đồng, đạt 118%, vượt 876 tỷ đồng so với dự toán; chi ngân sách "
     "đạt 9.100 tỷ đồng, vượt 310 tỷ đồng so với cùng kỳ.",
     "budget.revenue level 2023 5710 A; budget.revenue pct_plan 2023 118 A; "
     "budget.expenditure level 2023 9100 A"},
    {"a bare yield in tonnes a hectare where rice is spoken of; the parts in brackets after a "
     "base's year are of the sentence's period; another crop's yield is not rice's", "2012",
     "Cây lương thực có hạt 20.100 ha, tăng 7,5% so với năm 2011 (trong đó: lúa 14.570 ha; năng "
     "suất bình quân ước đạt 32,17 tạ/ha, tăng 0,77%; cây bắp 5.530 ha, năng suất đạt 33,6 "
     "tạ/ha).",
     "agri.rice_yield level 2012 32.17 E; agri.rice_yield yoy_pct 2012 0.77 E"},
    {"'tổng sản phẩm trong nước - GDP' of the place, as reports before 2016 wrote; the "
     "country's is another area's", "2011",
     "Tổng sản phẩm trong nước - GDP năm 2011 ước đạt 13.178,8 tỷ đồng, tăng 10,85%; tổng sản "
     "phẩm trong nước - GDP của cả nước tăng 5,9%.",
     "grdp level 2011 13178.8 E; grdp yoy_pct 2011 10.85 E"},
    {"a ';' clause opening with a growth word alone goes on with the subject; one naming another "
     "thing after it does not", "2021-H1",
     "GRDP ước đạt 23.435 tỷ đồng; tốc độ tăng trưởng ước đạt 6,38%. Thu ngân sách đạt 2.000 tỷ "
     "đồng; tăng trưởng tín dụng đạt 12%.",
     "grdp level 2021-H1 23435 E; grdp yoy_pct 2021-H1 6.38 E; budget.revenue level 2021-H1 2000 E"},
    {"'kinh tế của tỉnh tiếp tục tăng trưởng' is the economy's growth; 'năng xuất', the spelling "
     "many texts have", "2019",
     "Kinh tế của tỉnh tiếp tục tăng trưởng bền vững, đạt 9,23%; năng xuất lúa đạt 56,4 tạ/ha.",
     "grdp yoy_pct 2019 9.23 A; agri.rice_yield level 2019 56.4 A"},
    {"'kim ngạch xuất', 'kim ngạch nhập' written short; the two together are neither", "2017",
     "Kim ngạch xuất ước thực hiện 512 triệu USD, tăng 12,4%; kim ngạch nhập đạt 75 triệu USD. "
     "Kim ngạch xuất nhập khẩu đạt 587 triệu USD.",
     "exports level 2017 512 E; exports yoy_pct 2017 12.4 E; imports level 2017 75 E"},
    {"'<period> là X%' goes on with a growth subject; a word naming nothing before 'là' "
     "does not", "2001/2010",
     "Tốc độ tăng trưởng GDP bình quân giai đoạn 2001 - 2005 đạt 9,6%/năm, giai đoạn 2006 - "
     "2010 là 12,3%; khu vực dịch vụ tăng 14%, thuế là 0,8%.",
     "grdp avg_annual_pct 2001/2005 9.6 A; grdp avg_annual_pct 2006/2010 12.3 A; gva.services "
     "avg_annual_pct 2006/2010 14 A"},
    {"a sector named 'lĩnh vực' opening its clause; the first part right after 'Trong đó' "
     "opens a clause too", "2020-H1",
     "Tổng sản phẩm tăng 4,1%. Trong đó nông nghiệp tăng 1,2%; lĩnh vực "
     "công nghiệp - xây dựng tăng 6,3%, lĩnh vực dịch vụ tăng 3,9%.",
     "grdp yoy_pct 2020-H1 4.1 A; gva.agriculture yoy_pct 2020-H1 1.2 A; gva.industry yoy_pct "
     "2020-H1 6.3 A; gva.services yoy_pct 2020-H1 3.9 A"},
    {"'lĩnh vực' sectors with no product named before", "2020-H1",
     "Theo Cục Thống kê, lĩnh vực nông - lâm - thủy sản tăng 0,9%; lĩnh vực dịch vụ tăng 2,2%.",
     "gva.agriculture yoy_pct 2020-H1 0.9 A; gva.services yoy_pct 2020-H1 2.2 A"},
    {"value added of 'nông, lâm, ngư nghiệp', and by its other name 'giá trị gia tăng'", "2025",
     "Giá trị tăng thêm khu vực nông, lâm, ngư nghiệp năm 2025 đạt 41,2 nghìn tỉ đồng, tăng "
     "3,8%; giá trị gia tăng khu vực dịch vụ tăng 7,1%.",
     "gva.agriculture level 2025 41200 A; gva.agriculture yoy_pct 2025 3.8 A; gva.services "
     "yoy_pct 2025 7.1 A"},
    {"a stock counted 'tại thời điểm' a day is of that day; 'cùng thời điểm' is a base", "2023-11",
     "Ước tại thời điểm 30/11/2023 đàn trâu đạt 5.120 con, tăng 0,8%; đàn bò giảm 1,2% so với "
     "cùng thời điểm năm trước.",
     "livestock.buffalo level 2023-11-30 5120 E; livestock.buffalo yoy_pct 2023-11-30 0.8 E; "
     "livestock.cattle yoy_pct 2023-11-30 -1.2 E"},
    {"'cao nhất từ trước đến nay' (the highest ever) keeps the sentence's year", "2020",
     "Riêng năm 2019, tốc độ tăng trưởng kinh tế đạt cao nhất từ trước đến nay với 9,84%; thu "
     "ngân sách đạt 3.150 tỷ đồng.",
     "grdp yoy_pct 2019 9.84 A; budget.revenue level 2019 3150 A"},
    {"fish caught and farmed, 'nuôi' without 'trồng'", "2019-01/P9M",
     "Dự ước tổng sản lượng khai thác và nuôi thủy sản đạt 5.310 tấn, tăng 3,6%.",
     "aquaculture.output level 2019-01/P9M 5310 E; aquaculture.output yoy_pct 2019-01/P9M 3.6 E"},
    {"a ';' clause opening with the base it compares with goes on with the subject", "2022-H1",
     "Tổng thu ngân sách trên địa bàn là 1.204 tỷ đồng; so với dự toán tỉnh giao đạt 58,3%; so "
     "với cùng kỳ tăng 9,1%.",
     "budget.revenue level 2022-H1 1204 A; budget.revenue pct_plan 2022-H1 58.3 A; "
     "budget.revenue yoy_pct 2022-H1 9.1 A"},
    {"'bình quân thu nhập đầu người', the words the other way round", "2020",
     "Bình quân thu nhập đầu người ước đạt 64,2 triệu đồng/năm.",
     "grdp.per_capita level 2020 64.2 E"},
    {"districts listed after ':' with commas between: each its own figure", "2019",
     "Giá trị sản xuất công nghiệp tăng cao ở một số địa phương: thành phố Kon Tum tăng 14,2%, "
     "huyện Đắk Hà tăng 11,8%, huyện Sa Thầy tăng 9,5%.",
     "industry.output yoy_pct 2019 14.2 A [in kon-tum-city]; industry.output yoy_pct 2019 11.8 A "
     "[in dak-ha-district]; industry.output yoy_pct 2019 9.5 A [in sa-thay-district]"},
    {"'(bằng X ha)' after a change is the change in hectares, no level of the base year",
     "2019-H1",
     "Diện tích gieo trồng vụ Đông Xuân đạt 98.410 ha, tăng 1,2% so với cùng kỳ năm 2018 "
     "(bằng 1.167 ha); thu ngân sách đạt 900 tỷ đồng, bằng 52% dự toán.",
     "agri.sown_area.winter_spring level 2019-H1 98410 A; agri.sown_area.winter_spring yoy_pct "
     "2019-H1 1.2 A; budget.revenue level 2019-H1 900 A; budget.revenue pct_plan 2019-H1 52 A"},
    {"'XDCB', construction written short", "2018",
     "Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản chiếm 28,5%; công nghiệp - XDCB chiếm "
     "24,1%; dịch vụ chiếm 47,4%.",
     "grdp.share.agriculture level 2018 28.5 A; grdp.share.industry level 2018 24.1 A; "
     "grdp.share.services level 2018 47.4 A"},
    {"a season 'xuống giống' (sown, in the Mekong provinces' word) is its sown area; a crop "
     "named after the figure is that crop's", "2021-03",
     "Vụ lúa Đông Xuân 2020 - 2021 xuống giống được 9.315 ha, đạt 98,2% kế hoạch; vụ Hè Thu "
     "xuống giống 1.200 ha khóm.",
     "agri.sown_area.winter_spring level 2021-03 9315 A; agri.sown_area.winter_spring pct_plan "
     "2021-03 98.2 A"},
    {"a crop near a bare yield is told by its marks: 'sản lượng' is no cassava ('sắn'); a season "
     "'gieo sạ' is its sown area", "2014-Q1",
     "Vụ lúa Đông Xuân kết thúc gieo sạ được 76.300 ha, năng suất bình quân đạt 70,4 tạ/ha, sản "
     "lượng đạt 537.000 tấn.",
     "agri.sown_area.winter_spring level 2014-Q1 76300 A; agri.rice_yield level 2014-Q1 70.4 A"},
    {"... and where cassava is spoken of, a bare yield is not rice's", "2014-Q1",
     "Lúa gieo được 500 ha, cây sắn 300 ha, năng suất đạt 65 tạ/ha.", ""},
    {"a near word is a whole word: 'hiện có' is not in 'thực hiện công tác'; a district's own "
     "'toàn huyện có' counts", "2020",
     "Các ngành được thực hiện công tác đổi mới, 15 hợp tác xã được hỗ trợ.", ""},
    {"... and a district's own 'toàn huyện có' is a count of all", "2020",
     "Toàn huyện có 13 hợp tác xã và 74 tổ hợp tác.", "coop.count level 2020 13 A"},
    {"'từ X lên Y' with no verb before 'từ' is a change, X where it started; a like change "
     "after one dated at both ends starts at the same period", "2006/2010",
     "Tỷ trọng công nghiệp – xây dựng tăng từ 57% năm 2005 lên 57,2% năm 2010; dịch vụ từ 28% "
     "lên 34% và giảm nông – lâm - thủy sản từ 15% xuống 8,8%.",
     "grdp.share.industry level 2005 57 A; grdp.share.industry level 2010 57.2 A; "
     "grdp.share.services level 2005 28 A; grdp.share.services level 2010 34 A; "
     "grdp.share.agriculture level 2005 15 A; grdp.share.agriculture level 2010 8.8 A"},
    {"... and with no period before, the value it started from is none; 'từ X trở lên' is "
     "no change", "2009",
     "Tỉ lệ hộ nghèo từ 8,6% xuống còn 7,4%; thu ngân sách từ 900 tỷ đồng trở lên.",
     "social.poverty_rate level 2009 7.4 A; budget.revenue level 2009 900 A"},
    {"'ƣ' (oi) for 'ư', as PDF converters write it, is 'ư' where marks count; 'tăng trưởng "
     "bình quân là X%' with no span of years is no growth of the year", "2013",
     "Nền kinh tế tăng trƣởng 9,5%; giai đoạn 2010 đến nay tăng trƣởng bình quân là 12%.",
     "grdp yoy_pct 2013 9.5 A"},
    {"a sector 'đang chiếm tỷ trọng', an adverb before its verb", "2023",
     "Hiện, nông – lâm – ngư nghiệp đang chiếm tỷ trọng 49,8%, công nghiệp – xây dựng chiếm 18,1%.",
     "grdp.share.agriculture level 2023 49.8 A; grdp.share.industry level 2023 18.1 A"},
    {"herds listed 'N con trâu và M con bò' in an account of livestock: each kind its own; "
     "'tổng số hợp tác xã là 285 hợp tác xã' stays the count", "2008",
     "Về chăn nuôi, năm 2008 có 29.800 con trâu và 212.000 con bò, 5,8 triệu con gia cầm; thành "
     "lập mới 61 hợp tác xã, nâng tổng số hợp tác xã là 285 hợp tác xã.",
     "livestock.buffalo level 2008 29800 A; livestock.cattle level 2008 212000 A; "
     "livestock.poultry level 2008 5800000 A; coop.new level 2008 61 A; coop.count level 2008 "
     "285 A"},
    {"a growth subject's bare percentage after a period and 'ước trên' is its growth", "2022-H1",
     "Tốc độ tăng trưởng GRDP quý I/2022 đạt trên 15%, quý II đạt trên 36% và 6 tháng đầu năm ước "
     "trên 24%.",
     "grdp yoy_pct 2022-Q1 15 A; grdp yoy_pct 2022-Q2 36 A; grdp yoy_pct 2022-H1 24 E"},
    {"one commodity's exports are no total: 'kim ngạch xuất khẩu thủy sản', 'xuất khẩu giày "
     "dép'", "2022-01/P9M",
     "Kim ngạch xuất khẩu ước đạt 3.140 triệu USD, tăng 9,5%; kim ngạch xuất khẩu hạt điều đạt "
     "1.000 triệu USD; xuất khẩu giày dép các loại đạt 303,1 triệu USD, tăng 24,4%.",
     "exports level 2022-01/P9M 3140 E; exports yoy_pct 2022-01/P9M 9.5 E"},
    {"rice's own sown area is not all the annual crops'", "2023-H1",
     "Tổng diện tích gieo trồng lúa 148.527 ha, đạt 50,6% kế hoạch; diện tích gieo trồng cây hàng "
     "năm đạt 201.300 ha.",
     "agri.sown_area level 2023-H1 201300 A"},
    {"an amount a month ('/tháng', '/người/tháng') is no level of the year", "2023",
     "Thu nhập bình quân đầu người là 2,2 triệu đồng/tháng, của người lao động 5,1 triệu "
     "đồng/người/tháng; thu nhập bình quân đầu người đạt 36,5 triệu đồng/năm.",
     "grdp.per_capita level 2023 36.5 A"},
    {"the targets a council adopts ('thông qua các chỉ tiêu') are plans; growth targets give "
     "nothing", "2014",
     "Kỳ họp HĐND tỉnh đã thông qua các chỉ tiêu chủ yếu năm 2015 với tốc độ tăng trưởng kinh "
     "tế đạt 15%; GDP bình quân đầu người đạt 45 triệu đồng.",
     "grdp.per_capita plan 2015 45 A"},
    {"districts a ranking names after 'là' each take their own figure", "2019",
     "Tỷ lệ hộ nghèo toàn tỉnh là 20,5%, cao nhất là huyện Đắk Hà là 30,2%, huyện Sa Thầy là "
     "28,4%.",
     "social.poverty_rate level 2019 20.5 A; social.poverty_rate level 2019 30.2 A [in "
     "dak-ha-district]; social.poverty_rate level 2019 28.4 A [in sa-thay-district]"},
    {"a herd's kind opening a ';' clause in an account of the herds names its change", "2017",
     "Về chăn nuôi, toàn tỉnh có 11.884 con trâu; 31.203 con bò; so cùng kỳ năm trước bò tăng "
     "23,5%; heo tăng 9,2%.",
     "livestock.buffalo level 2017 11884 A; livestock.cattle level 2017 31203 A; "
     "livestock.cattle yoy_pct 2017 23.5 A; livestock.pig yoy_pct 2017 9.2 A"},
    {"... and 'thu nhập' after the visitors is the tourists' spending", "2017",
     "Khách du lịch ước đạt 2.550.000 lượt khách; thu nhập ước đạt 1.464 tỷ đồng.",
     "tourism.visitors level 2017 2550000 E; tourism.revenue level 2017 1464 E"},
    {"a bare 'chỉ số' in a sentence on industrial production is its index", "2025-Q1",
     "Về sản xuất công nghiệp, tỉnh ghi nhận mức tăng trưởng tích cực với chỉ số tăng 15,2% so "
     "với cùng kỳ năm 2024.",
     "industry.production_index yoy_pct 2025-Q1 15.2 A"},
    {"a bare 'sản lượng' where the fisheries are spoken of is theirs; not beside rice", "2023-H1",
     "Hoạt động thủy sản phát triển khá với sản lượng ước hơn 51.000 tấn, tăng 7,1%.",
     "aquaculture.output level 2023-H1 51000 E; aquaculture.output yoy_pct 2023-H1 7.1 E"},
    {"the end of a change from a dated value, naming no period, is the sentence's, not the "
     "first value's year", "2010",
     "Tỷ trọng dịch vụ từ 29,3% năm 2005 tăng lên 36,9%.",
     "grdp.share.services level 2005 29.3 A; grdp.share.services level 2010 36.9 A"},
    {"projects counted with their registered capital are the projects approved; 'từ năm X đến "
     "tháng 12 năm Y' is the years X to Y", "2001/2010",
     "Từ năm 2005 đến tháng 12 năm 2010, tỉnh có 428 dự án đầu tư với tổng số vốn đăng ký đạt "
     "105.000 tỷ đồng.",
     "investment.projects level 2005/2010 428 A; investment.projects.capital level 2005/2010 "
     "105000 A"},
    {"a perennial crop heading then its measure: 'Cây lâu năm, diện tích gieo trồng ...'", "2012",
     "- Cây hàng năm, diện tích gieo trồng năm 2012 thực hiện 48,2 nghìn ha. - Cây lâu năm, diện "
     "tích gieo trồng sơ bộ năm 2012 thực hiện 396,2 nghìn ha, tăng 2,9% so với năm 2011.",
     "agri.sown_area level 2012 48200 A; agri.perennial_area level 2012 396200 A; "
     "agri.perennial_area yoy_pct 2012 2.9 A"},
};

static void test_rules(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sink s;
        run(cases[i].period, 0, NULL, cases[i].text, &s);
        if (strcmp(s.buf, cases[i].want) != 0)
            fail_msg("%s:\n  %s\n  got  \"%s\"\n  want \"%s\"", cases[i].rule, cases[i].text, s.buf,
                     cases[i].want);
    }
}

/* Runs the sentences of one paragraph in order, the way the document
 * driver does (the topic and the paragraph carried from one to the next). */
static void run_paragraph(const char *period, const char *const *sentences, size_t n, sink *s)
{
    ts_extract_ctx cx;
    start(&cx, s, period);
    cx.source = "test.txt";
    ts_error e;
    for (size_t i = 0; i < n; i++) {
        cx.same_paragraph = cx.same_stream = i > 0;
        assert_int_equal(ts_extract_sentence(sentences[i], strlen(sentences[i]), 0, &cx, LX, CAT,
                                             collect, collect_unmatched, s, &e),
                         TS_OK);
    }
}

/* Paragraphs read sentence by sentence: what each case shows, the report
 * period, the sentences (NULL-ended) and the facts wanted. */
static const struct {
    const char *rule;
    const char *period;
    const char *sentences[4];
    const char *want;
} paragraphs[] = {
    {"a month, then the months to date after 'lũy kế': a sentence going on ('Trong đó, ...') "
     "starts again from the month, and its figures are estimates as the first's ('Ước'); 'chi "
     "xây dựng cơ bản' is development spending",
     "2018-01/P9M",
     {"Ước tổng chi ngân sách nhà nước tháng 9 được 563.782 triệu đồng, luỹ kế được 5.208.879 "
      "triệu đồng.",
      "Trong đó, chi xây dựng cơ bản được 255.765 triệu đồng, luỹ kế được 2.214.914 triệu đồng."},
     "budget.expenditure level 2018-09 563.782 E; budget.expenditure level 2018-01/P9M 5208.879 E; "
     "budget.expenditure.investment level 2018-09 255.765 E; budget.expenditure.investment level "
     "2018-01/P9M 2214.914 E"},
    {"a subject broken down by area restates the narrower one before, district by district; "
     "without the breakdown it is itself", "2024-01/P5M",
     {"Diện tích gieo trồng vụ Đông Xuân năm 2024 đạt 54.499 ha, giảm 0,4%.",
      "Diện tích gieo trồng của các địa phương: Đắk Hà 1.209,6 ha, giảm 7,5%; Sa Thầy 4.693,5 "
      "ha, tăng 0,2%.",
      "Tổng diện tích gieo trồng đạt 60.100 ha."},
     "agri.sown_area.winter_spring level 2024-01/P5M 54499 A; agri.sown_area.winter_spring "
     "yoy_pct 2024-01/P5M -0.4 A; agri.sown_area.winter_spring level 2024-01/P5M 1209.6 A [in "
     "dak-ha-district]; agri.sown_area.winter_spring yoy_pct 2024-01/P5M -7.5 A [in "
     "dak-ha-district]; agri.sown_area.winter_spring level 2024-01/P5M 4693.5 A [in "
     "sa-thay-district]; agri.sown_area.winter_spring yoy_pct 2024-01/P5M 0.2 A [in "
     "sa-thay-district]; agri.sown_area level 2024-01/P5M 60100 A"},
    {"a growth subject's 'đạt X%' takes no plan from the sentence before", "2022",
     {"Tăng trưởng kinh tế đạt 9,5%, vượt kế hoạch đề ra.",
      "Trong đó, khu vực dịch vụ tăng mạnh mẽ, đạt 15,45%."},
     "grdp yoy_pct 2022 9.5 A; gva.services yoy_pct 2022 15.45 A"},
    {"a season after 'so với (chính thức)' is the base, not the subject", "2024-H1",
     {"Diện tích gieo trồng vụ đông xuân đạt 38.900 ha, tăng 2%.",
      "Cây lúa đông xuân gieo cấy được 3.670 ha, so với chính thức vụ đông xuân năm 2023 tăng "
      "2,9% (+103 ha)."},
     "agri.sown_area.winter_spring level 2024-H1 38900 A; "
     "agri.sown_area.winter_spring yoy_pct 2024-H1 2 A"},
    {"a sector opening its sentence after industry's figures is still the sector", "2024-H1",
     {"Chỉ số sản xuất toàn ngành công nghiệp tăng 6,2%; ngành khai khoáng giảm 3,1%.",
      "Khu vực dịch vụ đạt 6.120,4 tỷ đồng, tăng 5,8%; khu vực nông, lâm nghiệp và thủy sản tăng "
      "2,4%."},
     "industry.production_index yoy_pct 2024-H1 6.2 A; gva.services level 2024-H1 6120.4 A; "
     "gva.services yoy_pct 2024-H1 5.8 A; gva.agriculture yoy_pct 2024-H1 2.4 A"},
    {"'khu vực công nghiệp' is the sector, written short; 'khu vực nông, lâm, thủy sản "
     "đạt X%' its growth", "2024-01/P9M",
     {"Tổng sản phẩm trên địa bàn 9 tháng tăng 8,4%.",
      "Trong đó, khu vực công nghiệp là động lực chính với tốc độ đạt 10,5%; khu vực dịch vụ "
      "đạt 7,2%; khu vực nông, lâm, thủy sản đạt 3,1%.",
      "Riêng khu vực công nghiệp, xây dựng đóng góp 4,1 điểm phần trăm."},
     "grdp yoy_pct 2024-01/P9M 8.4 A; gva.industry yoy_pct 2024-01/P9M 10.5 A; "
     "gva.services yoy_pct 2024-01/P9M 7.2 A; gva.agriculture yoy_pct 2024-01/P9M 3.1 A"},
    {"a branch of farming named inside the sector is not the sector", "2018",
     {"Tổng sản phẩm năm 2018 tăng 7%; trong đó: khu vực nông, lâm nghiệp và thủy sản tăng "
      "3,3%.",
      "Trong khu vực nông, lâm nghiệp và thủy sản, ngành thủy sản đạt mức tăng cao nhất với "
      "21,5%."},
     "grdp yoy_pct 2018 7 A; gva.agriculture yoy_pct 2018 3.3 A"},
    {"'lũy kế thực hiện N tháng' goes on with the subject before", "2021-10",
     {"Thu ngân sách tháng 10 đạt 420 tỷ đồng.",
      "Lũy kế thực hiện 10 tháng là 4.310 tỷ đồng, đạt 80,2% dự toán."},
     "budget.revenue level 2021-10 420 A; budget.revenue level 2021-01/P10M 4310 A; "
     "budget.revenue pct_plan 2021-01/P10M 80.2 A"},
    {"a subject carried into 'Tính chung 9 tháng ước đạt X%' keeps its phrase's growth", "2024-Q3",
     {"Tổng sản phẩm trên địa bàn quý III ước tăng 7,1%.", "Tính chung 9 tháng ước đạt 6,8%."},
     "grdp yoy_pct 2024-Q3 7.1 E; grdp yoy_pct 2024-01/P9M 6.8 E"},
    {"a growth scenario set beside in brackets is no base for the 'đạt X%' after it",
     "2025-01/P9M",
     {"Tăng trưởng GRDP ước đạt 7,2% (kịch bản tăng trưởng: 7,9%).",
      "Trong đó: khu vực nông, lâm nghiệp và thủy sản ước đạt 3,1% (kịch bản: 3,3%)."},
     "grdp yoy_pct 2025-01/P9M 7.2 E; gva.agriculture yoy_pct 2025-01/P9M 3.1 E"},
    {"a sentence going on with its quarters returns to the period carried after them", "2024-H1",
     {"Tổng sản phẩm trên địa bàn 6 tháng đầu năm 2024 tăng 5,6%.",
      "Theo đó, quý I tăng 4,5%, quý II tăng 6,6%; khu vực dịch vụ tăng 6,5%."},
     "grdp yoy_pct 2024-H1 5.6 A; grdp yoy_pct 2024-Q1 4.5 A; grdp yoy_pct 2024-Q2 6.6 A; "
     "gva.services yoy_pct 2024-H1 6.5 A"},
    {"one sector per sentence after the GRDP sentence", "2024-Q1",
     {"Tổng sản phẩm trên địa bàn quý I tăng 5,3% so với cùng kỳ.",
      "Khu vực nông, lâm nghiệp và thủy sản tăng 2,8%.", "Khu vực dịch vụ tăng 6,9%."},
     "grdp yoy_pct 2024-Q1 5.3 A; gva.agriculture yoy_pct 2024-Q1 2.8 A; gva.services yoy_pct "
     "2024-Q1 6.9 A"},
    {"a year-by-year review leaves the subject out after the first year", "2020/2021",
     {"Năm 2020, thu ngân sách đạt 9.000 tỷ đồng, vượt 5% dự toán.",
      "Năm 2021, thu vượt 8,5% dự toán, tăng 12% so với năm 2020."},
     "budget.revenue level 2020 9000 A; budget.revenue pct_plan 2020 105 A; budget.revenue "
     "pct_plan 2021 108.5 A; budget.revenue yoy_pct 2021 12 A"},
    {"'Trong đó, ...' after a yearly average keeps it", "2016/2020",
     {"Tốc độ tăng trưởng kinh tế bình quân 5 năm 2016 - 2020 tăng 7,8%.",
      "Trong đó, khu vực dịch vụ tăng 9,1%."},
     "grdp avg_annual_pct 2016/2020 7.8 A; gva.services avg_annual_pct 2016/2020 9.1 A"},
    {"'trong đó' after words naming no subject: the topic carried is no total", "2024-Q1",
     {"Tỉnh xếp thứ 7 trong vùng về tăng trưởng GRDP.",
      "Tình hình kinh tế - xã hội hồi phục tích cực, trong đó, tốc độ tăng trưởng kinh tế (GRDP) "
      "đạt 4,55%."},
     "grdp yoy_pct 2024-Q1 4.55 A"},
    {"'Cụ thể, quý I/2024 tăng ...' tells the sentence before by period", "2024",
     {"Năm 2024, tăng trưởng kinh tế của tỉnh đạt 10,2%, đứng thứ 3 cả nước.",
      "Cụ thể, quý I/2024 tăng 10,19%; quý II tăng 9,8%."},
     "grdp yoy_pct 2024 10.2 A; grdp yoy_pct 2024-Q1 10.19 A; grdp yoy_pct 2024-Q2 9.8 A"},
    {"a price basis carried into 'Trong đó:' holds for each of its clauses", "2023",
     {"GRDP theo giá so sánh 2010 tăng 6,2%.",
      "Trong đó: Nông - Lâm - Thủy sản tăng 3,1%; Công nghiệp - Xây dựng tăng 8,4%."},
     "grdp yoy_pct 2023 6.2 A [const2010]; gva.agriculture yoy_pct 2023 3.1 A [const2010]; "
     "gva.industry yoy_pct 2023 8.4 A [const2010]"},
    {"a cumulative cue opening the next sentence goes on with the subject, amounts too", "2024-05",
     {"Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 5 ước đạt 2.100 tỷ đồng.",
      "Lũy kế 5 tháng, đạt 9.800 tỷ đồng, tăng 8,1% so với cùng kỳ."},
     "retail.sales level 2024-05 2100 E; retail.sales level 2024-01/P5M 9800 A; retail.sales "
     "yoy_pct 2024-01/P5M 8.1 A"},
    {"'Trong <period> đạt' an amount in the topic's unit: the topic's, in full; a sentence "
     "naming its own subject after the period is not", "2020-H1",
     {"Năm 2019, tổng sản lượng nuôi trồng và khai thác thủy sản đạt 365.000 tấn.",
      "Trong 6 tháng đầu năm 2020 đạt hơn 164.890 tấn, đạt 41% kế hoạch, tăng 2% so với cùng kỳ.",
      "Trong 6 tháng, các ngân hàng đã cho vay 197,6 tỷ đồng."},
     "aquaculture.output level 2019 365000 A; aquaculture.output level 2020-H1 164890 A; "
     "aquaculture.output pct_plan 2020-H1 41 A; aquaculture.output yoy_pct 2020-H1 2 A"},
    {"'Bình quân giai đoạn ... tăng X%' opening a sentence goes on with the growth before",
     "2011",
     {"Kinh tế của tỉnh tăng trưởng khá qua các thời kỳ.",
      "Bình quân giai đoạn 2001 - 2005 tăng 8,1%, giai đoạn 2006 - 2010 tăng 11,4% và năm 2011 "
      "tăng 10,2%."},
     "grdp avg_annual_pct 2001/2005 8.1 A; grdp avg_annual_pct 2006/2010 11.4 A; grdp yoy_pct "
     "2011 10.2 A"},
    {"both cumulative cues together ('Tính chung lũy kế') go on with the subject", "2023-05",
     {"Khách du lịch tháng 5 ước đạt 96.000 lượt.",
      "Tính chung lũy kế 5 tháng ước đạt 412.300 lượt, đạt 38,2% kế hoạch năm."},
     "tourism.visitors level 2023-05 96000 E; tourism.visitors level 2023-01/P5M 412300 E; "
     "tourism.visitors pct_plan 2023-01/P5M 38.2 E"},
    {"'Chia ra:' breaks the sentence before into parts: its year and estimate go on",
     "2019-12",
     {"Diện tích cây lâu năm năm 2019 ước đạt 152,4 nghìn ha, tăng 1,2% so với năm 2018.",
      "Chia ra: cây cao su 61,3 nghìn ha, giảm 0,8%; cây cà phê 20,5 nghìn ha, tăng 3,4%."},
     "agri.perennial_area level 2019 152400 E; agri.perennial_area yoy_pct 2019 1.2 E; "
     "agri.area.rubber level 2019 61300 E; agri.area.rubber yoy_pct 2019 -0.8 E; "
     "agri.area.coffee level 2019 20500 E; agri.area.coffee yoy_pct 2019 3.4 E"},
    {"'Trong đó' after a sentence that gave no fact: the indicator named is the total, no part",
     "2021-H1",
     {"Kinh tế của tỉnh tiếp tục tăng trưởng khá.",
      "Trong đó, tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) ước đạt 8,66%."},
     "grdp yoy_pct 2021-H1 8.66 E"},
    {"... but after one that gave the total, a part named again is no total", "2021-H1",
     {"Tổng thu ngân sách đạt 822 tỷ đồng.", "Trong đó: Tổng thu ngân sách đạt 114 tỷ đồng."},
     "budget.revenue level 2021-H1 822 A"},
    {"weakly: a count of another thing is not the subject's", "2021/2022",
     {"Năm 2021, thu ngân sách đạt 9.700 tỷ đồng.", "Năm 2022, toàn tỉnh có 45 xã."},
     "budget.revenue level 2021 9700 A"},
};

static void test_paragraphs(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof paragraphs / sizeof paragraphs[0]; i++) {
        size_t n = 0;
        while (n < 4 && paragraphs[i].sentences[n])
            n++;
        sink s;
        run_paragraph(paragraphs[i].period, paragraphs[i].sentences, n, &s);
        if (strcmp(s.buf, paragraphs[i].want) != 0)
            fail_msg("%s:\n  got  \"%s\"\n  want \"%s\"", paragraphs[i].rule, s.buf,
                     paragraphs[i].want);
    }
}

/* The council of a city inside a province is the district's issuer; of a
 * centrally-run city, the province's. */
static void test_local_council(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int area; /* 0 none known, 1 a province or municipality, 2 a district */
        const char *by;
    } cases[] = {
        {"Thu ngân sách đạt 900 tỷ đồng, đạt 61% dự toán HĐND thành phố giao.", 1, "province"},
        {"Thu ngân sách đạt 900 tỷ đồng, đạt 61% dự toán HĐND thành phố giao.", 2, "district"},
        {"Thu ngân sách đạt 900 tỷ đồng, đạt 61% dự toán HĐND thành phố giao.", 0, ""},
        /* A district's or town's own council or estimate, wherever read. */
        {"Thu ngân sách đạt 900 tỷ đồng, đạt 61% dự toán thị xã xây dựng.", 1, "district"},
        {"Thu ngân sách đạt 900 tỷ đồng, đạt 61% dự toán HĐND huyện giao.", 0, "district"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ts_extract_ctx cx;
        sink s;
        start(&cx, &s, "2023");
        if (!cases[i].area)
            cx.area = s.area = "";
        cx.area_is_district = cases[i].area == 2;
        ts_error e;
        const char *t = cases[i].text;
        assert_int_equal(ts_extract_sentence(t, strlen(t), 0, &cx, LX, CAT, collect, NULL, &s, &e),
                         TS_OK);
        char want[160];
        snprintf(want, sizeof want,
                 "budget.revenue level 2023 900 A; budget.revenue pct_plan 2023 61 A%s%s%s",
                 *cases[i].by ? " [by " : "", cases[i].by, *cases[i].by ? "]" : "");
        assert_string_equal(s.buf, want);
    }
}

/* "Riêng Phú Quốc có ..." in a report of Kiên Giang: the unit's own
 * figures, of the unit the name was on the report's last day (a district
 * until February 2021, then a city). */
static void test_child_by_date(void **state)
{
    (void)state;
    static const struct {
        const char *period, *want;
    } cases[] = {
        {"2019-10", "tourism.visitors level 2019-10 449766 A [in phu-quoc-district]"},
        {"2022-10", "tourism.visitors level 2022-10 449766 A [in phu-quoc-city]"},
    };
    const char *t = "Riêng Phú Quốc có 449.766 lượt khách tham quan du lịch.";
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ts_extract_ctx cx;
        sink s;
        start(&cx, &s, cases[i].period);
        cx.area = s.area = "kien-giang";
        ts_error e;
        assert_int_equal(ts_extract_sentence(t, strlen(t), 0, &cx, LX, CAT, collect, NULL, &s, &e),
                         TS_OK);
        assert_string_equal(s.buf, cases[i].want);
    }
}

static const ts_area kon_tum_area = {.slug = "kon-tum", .name = "Kon Tum", .parent = ""};

/* A context for a report of the district Đắk Hà (Kon Tum) of `period`. */
static void start_in_district(ts_extract_ctx *cx, sink *s, const char *period)
{
    start(cx, s, period);
    cx->area = s->area = "dak-ha-district";
    cx->area_parent = "kon-tum";
    cx->area_is_district = 1;
    cx->province_of_district = &kon_tum_area;
}

/* In a district's report, the province as the subject's own place ("tỷ
 * lệ hộ nghèo (của) (toàn) tỉnh Kon Tum", "toàn tỉnh" opening a clause)
 * makes the figures the province's; the province after the district's
 * name locates it, and a rank's "toàn tỉnh" after a figure is a scope. */
static void test_province_of_district(void **state)
{
    (void)state;
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"Tỷ lệ hộ nghèo toàn tỉnh Kon Tum là 4,43%.",
         "social.poverty_rate level 2023 4.43 A [in kon-tum]"},
        {"Tỷ lệ hộ nghèo của tỉnh Kon Tum là 4,43%.",
         "social.poverty_rate level 2023 4.43 A [in kon-tum]"},
        {"Tỷ lệ hộ nghèo tỉnh Kon Tum là 4,43%.",
         "social.poverty_rate level 2023 4.43 A [in kon-tum]"},
        {"Tỷ lệ hộ nghèo toàn tỉnh là 4,43%.",
         "social.poverty_rate level 2023 4.43 A [in kon-tum]"},
        {"Năm 2023, toàn tỉnh có 45 xã đạt chuẩn nông thôn mới.",
         "rural.ncr_communes level 2023 45 A [in kon-tum]"},
        {"Tỷ lệ hộ nghèo của huyện là 4,43%, thấp nhất toàn tỉnh.",
         "social.poverty_rate level 2023 4.43 A"},
        {"Tỷ lệ hộ nghèo toàn huyện là 5,1%.", "social.poverty_rate level 2023 5.1 A"},
        {"Huyện Đắk Hà (Kon Tum): thu ngân sách đạt 100 tỷ đồng.",
         "budget.revenue level 2023 100 A"},
        {"Theo Sở Du lịch, 6 tháng đầu năm 2023, tỉnh Kon Tum đón hơn 700 nghìn lượt du khách.",
         "tourism.visitors level 2023-H1 700000 A [in kon-tum]"},
        {"Huyện Đắk Hà, tỉnh Kon Tum đón hơn 50 nghìn lượt du khách.",
         "tourism.visitors level 2023 50000 A"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ts_extract_ctx cx;
        sink s;
        start_in_district(&cx, &s, "2023");
        ts_error e;
        const char *t = cases[i].text;
        assert_int_equal(ts_extract_sentence(t, strlen(t), 0, &cx, LX, CAT, collect, NULL, &s, &e),
                         TS_OK);
        if (strcmp(s.buf, cases[i].want) != 0)
            fail_msg("%s:\n  got  \"%s\"\n  want \"%s\"", t, s.buf, cases[i].want);
    }
}

/* The province opening a district report's sentence goes on in its
 * paragraph; "Trong đó, huyện X ..." then gives the district's own
 * whole, a part by area. */
static void test_province_paragraph(void **state)
{
    (void)state;
    static const char *const sentences[] = {
        "6 tháng đầu năm 2023, tỉnh Kon Tum đón hơn 700 nghìn lượt du khách, tăng 20% so với "
        "cùng kỳ.",
        "Tổng thu từ du lịch đạt 800 tỷ đồng.",
        "Trong đó, huyện Đắk Hà đón hơn 50 nghìn lượt du khách, tăng 12%.",
    };
    ts_extract_ctx cx;
    sink s;
    start_in_district(&cx, &s, "2023-H1");
    cx.source = "test.txt";
    ts_error e;
    for (size_t i = 0; i < sizeof sentences / sizeof *sentences; i++) {
        cx.same_paragraph = cx.same_stream = i > 0;
        assert_int_equal(ts_extract_sentence(sentences[i], strlen(sentences[i]), 0, &cx, LX, CAT,
                                             collect, NULL, &s, &e),
                         TS_OK);
    }
    assert_string_equal(s.buf, "tourism.visitors level 2023-H1 700000 A [in kon-tum]; "
                               "tourism.visitors yoy_pct 2023-H1 20 A [in kon-tum]; "
                               "tourism.revenue level 2023-H1 800 A [in kon-tum]; "
                               "tourism.visitors level 2023-H1 50000 A; tourism.visitors yoy_pct "
                               "2023-H1 12 A");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_province_paragraph),
        cmocka_unit_test(test_rules),
        cmocka_unit_test(test_paragraphs),
        cmocka_unit_test(test_local_council),
        cmocka_unit_test(test_child_by_date),
        cmocka_unit_test(test_province_of_district),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
