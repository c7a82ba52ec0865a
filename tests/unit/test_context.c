/* Unit tests of the document context from the body (libts/text/context.c,
 * ts_doc_infer): the report period of texts without a title block, its
 * year, the report date from a dateline, and what the caller states. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "sentence_fixture.h"

/* The report period ts_doc_infer finds in text ("-" for none), and its
 * date as "YYYY-MM-DD" ("-" for none). */
static void infer(const char *text, char *period, char *date)
{
    ts_doc *doc;
    ts_error e;
    assert_int_equal(ts_doc_parse("r.txt", text, strlen(text), &doc, &e), TS_OK);
    assert_int_equal(ts_doc_infer(doc, LX, &e), TS_OK);
    const ts_doc_meta *m = ts_doc_meta_get(doc);
    strcpy(period, "-");
    if (m->has_period)
        ts_period_format(m->period, period, TS_PERIOD_TEXT_MAX);
    strcpy(date, "-");
    if (m->has_date)
        snprintf(date, 16, "%04d-%02d-%02d", m->year, m->month, m->day);
    ts_doc_free(doc);
}

static const struct {
    const char *why;
    const char *text;
    const char *period, *date;
} cases[] = {
    {"years named as often: a review runs up to its latest",
     "Kinh tế tỉnh tăng trưởng ấn tượng\n\n"
     "Trong bối cảnh còn nhiều khó khăn, tỉnh vẫn duy trì tốt tốc độ tăng trưởng kinh tế: "
     "năm 2021, tốc độ tăng trưởng kinh tế của tỉnh đạt 8,2%, đứng thứ hai cả nước; năm 2022 "
     "đạt 9,1%, gấp gần 1,5 lần bình quân chung cả nước.\n\n"
     "Quy mô nền kinh tế ước đạt 95.400 tỷ đồng.\n",
     "2022", "-"},
    {"short sentences of a paragraph are running text, no title: a congress term in brackets "
     "there dates nothing",
     "Thị xã phấn đấu xứng đáng đô thị trẻ, năng động\n\n"
     "Thị xã là đô thị trẻ của tỉnh. Từ sau Đại hội Đảng bộ tỉnh và thị xã (nhiệm kỳ "
     "2020-2025), thị xã đã đạt nhiều thành tựu. Xin đồng chí cho biết kết quả nổi bật?\n\n"
     "Trong năm 2022, thị xã có 14/14 chỉ tiêu đạt và vượt kế hoạch. Tổng thu ngân sách đạt "
     "hơn 137 tỷ đồng, đạt 143% dự toán.\n",
     "2022", "-"},
    {"a lead sentence on the year now, beside the year the figures are of, is running text",
     "Năm 2025 đánh dấu chặng đường quan trọng, là năm cuối thực hiện kế hoạch giai đoạn "
     "2021-2025. Với quyết tâm vượt qua khó khăn, tỉnh đang triển khai đồng bộ các giải pháp.\n"
     "Năm 2024, tỉnh ghi nhận nhiều kết quả tích cực. GRDP bình quân đầu người đạt 68,02 triệu "
     "đồng, tăng 12,3% so với năm trước.\nTỷ lệ hộ nghèo giảm xuống còn 6,06%. Đặc biệt, trong "
     "năm 2024 tổng lượt khách đạt 1,34 triệu lượt, tăng 11,7% so với năm 2023.\n",
     "2024", "-"},
    {"a regular meeting's month ('họp phiên thường kỳ tháng 10') is no 'cùng kỳ' comparison",
     "UBND thành phố họp phiên thường kỳ tháng 10 năm 2021\n\n"
     "Tổng mức bán lẻ hàng hóa ước đạt 2.583 tỷ đồng.\n",
     "2021-10", "-"},
    {"... and one vote, as the body's: the meeting of June reviews the first six months",
     "UBND huyện tổ chức phiên họp thường kỳ tháng 6 năm 2024\n\n"
     "UBND huyện vừa họp phiên thường kỳ tháng 6 đánh giá các mặt công tác 6 tháng đầu năm. "
     "Trong tháng 6 và 6 tháng đầu năm 2024, nhiều chỉ tiêu đạt và vượt kế hoạch. Thu ngân sách "
     "đạt 365 tỷ đồng.\n",
     "2024-H1", "-"},
    {"the year a plan, tasks or an estimate are for ('Nghị quyết về kế hoạch sử dụng đất năm "
     "2023') is aimed at; the year whose tasks were carried out ('kết quả thực hiện nhiệm vụ ... "
     "năm 2022') the report's",
     "Ngày 16/12, HĐND huyện tổ chức kỳ họp thứ 12.\n\n"
     "Báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế-xã hội, an ninh-quốc phòng năm 2022 "
     "cho thấy, thu ngân sách ước gần 1.840 tỷ đồng, vượt 49,4% kế hoạch.\n\n"
     "Kỳ họp đã thông qua 11 nghị quyết: Nghị quyết về kế hoạch sử dụng đất năm 2023; Nghị quyết "
     "về nhiệm vụ trọng tâm phát triển kinh tế-xã hội, quốc phòng-an ninh năm 2023; Nghị quyết "
     "phê chuẩn phương án phân bổ dự toán thu, chi ngân sách huyện năm 2023.\n",
     "2022", "-"},
    {"the year of a target set ('vượt mục tiêu đề ra năm 2025') is no report's",
     "Các chỉ số phát triển của tỉnh đều đạt và vượt trước mục tiêu đề ra năm 2025 như tỷ lệ hộ "
     "nghèo, tỷ lệ hộ dùng nước sạch, tỷ lệ trẻ em đến trường và nhiều chỉ tiêu khác, năm 2022 "
     "tỷ lệ hộ nghèo còn 4,1%.\n\nThu ngân sách đạt 700 tỷ đồng.\n",
     "2022", "-"},
    {"dated in January, compared with 'cùng kỳ 2013' (a bare year): the year just ended",
     "Huyện phát triển kinh tế\n\n13:54:47 | 20/1/2015\n\nTổng sản lượng thủy sản đạt 8.440 tấn, "
     "vượt 7,8% kế hoạch, tăng 16,2% so với cùng kỳ 2013.\n",
     "2014", "2015-01-20"},
    {"a clause opened by a bare 'Với' sets its period, it compares with none",
     "Các ngành đối thoại doanh nghiệp\n\n"
     "Thành phố có 7 đơn vị hành chính. Với 9 tháng đầu năm 2023 thì sản xuất công nghiệp duy "
     "trì mức tăng trưởng khá; tổng mức bán lẻ hàng hóa ước thực hiện 93.642 tỷ đồng.\n",
     "2023-01/P9M", "-"},
    {"the quarter whose tasks a meeting set out ('triển khai nhiệm vụ trọng tâm công tác quý "
     "II/2024') is aimed at, not reported on",
     "Sáng 11/4, UBND huyện tổ chức hội nghị giao ban thường kỳ quý I/2024 và triển khai nhiệm vụ "
     "trọng tâm công tác quý II/2024.\n\n3 tháng đầu năm, thu ngân sách đạt 133 tỷ đồng.\n\n"
     "Trong quý II/2024, huyện tiếp tục chăm sóc cây trồng.\n",
     "2024-Q1", "-"},
    {"the year so far ('từ đầu năm 2023 đến nay') names the text's year over a year set "
     "beside it",
     "Theo báo cáo của UBND thành phố, từ đầu năm 2023 đến nay, thu nhập bình quân đầu người ước "
     "đạt 84,86 triệu đồng. Năm 2022, thành phố là địa phương có mức thu nhập bình quân đầu "
     "người cao nhất tỉnh.\n\nTổng mức bán lẻ hàng hóa ước đạt 42.487 tỷ đồng.\n",
     "2023", "-"},
    {"the month a meeting reviewed, its object ('đánh giá ... tháng 4/2024'), is reported on "
     "though the month whose tasks it set out follows after a comma",
     "Chiều ngày 06-5, UBND tỉnh tổ chức phiên họp, đánh giá tình hình kinh tế - xã hội tháng "
     "4/2024, triển khai nhiệm vụ tháng 5/2024.\n\nThu ngân sách trong tháng ước đạt 891 tỷ "
     "đồng.\n",
     "2024-04", "-"},
    {"dated in July, a year named more often than its first six months: the months, the year "
     "not over",
     "Tình hình kinh tế huyện\n\n15:30, Thứ Năm, 7-7-2022\n\n(Cổng thông tin) - Năm 2022 với "
     "nhiều khó khăn, thách thức; song năm 2022 huyện đã đạt được những kết quả khá tích cực. "
     "Năm 2022 là năm bản lề.\n\nCụ thể, đàn gia súc 45.736 con, đạt 89,7% kế hoạch. Trong 6 "
     "tháng đầu năm, thu ngân sách trên địa bàn 62,1 tỷ đồng.\n",
     "2022-H1", "2022-07-07"},
    {"a party congress's term is its five-year plan's, and names the review of it; a council's "
     "term names none",
     "Một số thành tựu nổi bật trong nhiệm kỳ 2015-2020\n\n* Giá trị xuất khẩu tăng bình quân "
     "14,34%/năm.\n\n* Tỷ lệ hộ nghèo năm 2020 giảm còn 1,92%.\n",
     "2016/2020", "-"},
    {"the congress that opens a term ('Đại hội ... lần thứ VI, nhiệm kỳ 2020-2025') reports on "
     "the term before it",
     "Đại hội Đảng bộ huyện Đắk Hà lần thứ VI, nhiệm kỳ 2020-2025 đã thành công tốt đẹp.\n\n"
     "Nhiệm kỳ qua, GRDP tăng bình quân 9,5%/năm; thu nhập bình quân đầu người đạt 59 triệu "
     "đồng.\n",
     "2016/2020", "-"},
    {"... the resolution of that congress is carried out in the term it opens",
     "Đánh giá kết quả 5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện Đắk Hà lần thứ VI, "
     "nhiệm kỳ 2020-2025.\n\nGRDP tăng bình quân 7,5%/năm.\n",
     "2021/2025", "-"},
    {"a headline's 'quý IV và cả năm' is the year",
     "Tình hình kinh tế - xã hội quý IV và cả năm 2022\n"
     "Tổng sản phẩm trên địa bàn quý IV tăng 6,1%; cả năm tăng 5,8%.\n",
     "2022", "-"},
    {"a headline's 'tháng 7 và 7 tháng' is the seven months",
     "Kinh tế - xã hội tháng 7 và 7 tháng năm 2023\n"
     "Thu ngân sách ước đạt 610 tỷ đồng, lũy kế 7 tháng đạt 5.200 tỷ đồng.\n",
     "2023-01/P7M", "-"},
    {"a headline's 'quý III và 9 tháng' is the nine months; 'tháng 6 và 9 tháng' names the month",
     "Báo cáo tình hình kinh tế - xã hội quý III và 9 tháng năm 2022\n"
     "Tổng sản phẩm trên địa bàn tăng 7,1%.\n",
     "2022-01/P9M", "-"},
    {"a headline's 'tháng 6, quý II và 6 tháng đầu năm' is the six months",
     "Tình hình kinh tế - xã hội tháng 06, quý II và 6 tháng đầu năm 2024\n"
     "Tổng sản phẩm trên địa bàn tăng 6,1%.\n",
     "2024-H1", "-"},
    {"the month whose tasks a meeting sets out is no report's; the months so far are no year",
     "Sáng 3/6, UBND huyện họp thường kỳ 5 tháng đầu năm và triển khai một số nhiệm vụ trọng tâm "
     "tháng 6/2022.\n\n5 tháng đầu năm 2022, thu ngân sách đạt 61 tỷ đồng.\n",
     "2022-01/P5M", "-"},
    {"... nor the quarter of its directions ('phương hướng, nhiệm vụ quý II/2022')",
     "Hội nghị nghe báo cáo công tác quý I, đề ra phương hướng, nhiệm vụ quý II/2022.\n\nTrong "
     "những tháng đầu năm 2022, thu ngân sách đạt 61 tỷ đồng.\n",
     "2022-Q1", "-"},
    {"a headline's 'tháng 3 và quý I' is the quarter",
     "Tình hình kinh tế - xã hội tháng 3 và quý I năm 2021\nTăng trưởng kinh tế ước đạt 6,2%.\n",
     "2021-Q1", "-"},
    {"'tháng 8, ước tháng 9, ước quý III và 9 tháng': the span ends with the last month listed",
     "Tình hình kinh tế xã hội tỉnh Hậu Giang\n\ntháng 8, ước tháng 9, ước quý III và 9 tháng năm "
     "2018\n\nThu ngân sách đạt 500 tỷ đồng.\n",
     "2018-01/P9M", "-"},
    {"... and so is 'THÁNG 3, QUÝ I' (a comma for 'và')",
     "TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 3, QUÝ I NĂM 2022\nTăng trưởng kinh tế ước đạt 6,2%.\n",
     "2022-Q1", "-"},
    {"'số' is no 'so': 'Dân số năm 2019' is 2019's, not compared",
     "Dân số năm 2019 là 41.200 người.\nThu ngân sách đạt 310 tỷ đồng.\n", "2019", "-"},
    {"a headline's 'tháng 12, quý IV và năm 2018' is the year",
     "Tình hình kinh tế - xã hội tháng 12, quý IV và năm 2018\nThu ngân sách đạt 2.530 tỷ đồng.\n",
     "2018", "-"},
    {"'tháng 9 và chín tháng' is the nine months; a quarter things run since names no report",
     "Báo cáo tình hình kinh tế - xã hội trong tháng 9 và chín tháng đầu năm 2024 cho thấy một số "
     "ngành duy trì mức tăng cao từ quý 2 đến nay.\n\nTổng số lượt khách ước đạt 8,7 triệu lượt, "
     "tăng 33,3% so với cùng kỳ.\n",
     "2024-01/P9M", "-"},
    {"'tháng 6 và 9 tháng' ends in two months: the month stands",
     "Báo cáo tháng 6 và 9 tháng năm 2022\nThu ngân sách đạt 300 tỷ đồng.\n", "2022-06", "-"},
    {"a comparison's period after a figure ('4,84% của quý I/2024') names no report",
     "Tổng sản phẩm trên địa bàn tăng 6,72%, cao hơn mức tăng 4,84% của quý I/2024 và vượt kế "
     "hoạch.\nCơ cấu kinh tế trong quý I/2025 thay đổi nhẹ.\n",
     "2025-Q1", "-"},
    {"an aside in brackets names no report",
     "Ngày 02/07/2024\nGRDP tăng 5,02% (cao hơn mức tăng trong 6 tháng đầu năm 2023). Quý II, thu "
     "ngân sách đạt 700 tỷ đồng.\n",
     "2024-Q2", "2024-07-02"},
    {"'9 tháng từ đầu năm' runs from January; 'mục tiêu tăng trưởng cả năm' names no report",
     "Trong bối cảnh còn nhiều khó khăn về thị trường, giá cả và thời tiết, kinh tế của tỉnh vẫn giữ được đà tăng trưởng, các ngành, các địa phương đã chủ động triển khai nhiều giải pháp đồng bộ. 9 tháng từ đầu năm 2025 kinh tế tăng trưởng khá, tiến gần mục tiêu tăng "
     "trưởng cả năm trên 8,5%.\n",
     "2025-01/P9M", "-"},
    {"a quarter and the months to its end, named about as often: the months",
     "Trong bối cảnh còn nhiều khó khăn về thị trường, giá cả và thời tiết, kinh tế của tỉnh vẫn giữ được đà tăng trưởng, các ngành, các địa phương đã chủ động triển khai nhiều giải pháp đồng bộ. Tổng sản phẩm quý 3 năm 2025 tăng 8,11%; trong quý 3, dịch vụ tăng 8,58%. Tổng "
     "sản phẩm 9 tháng tăng 7,07%.\n",
     "2025-01/P9M", "-"},
    {"a period opening a target's clause names no report",
     "Trong bối cảnh còn nhiều khó khăn về thị trường, giá cả và thời tiết, kinh tế của tỉnh vẫn giữ được đà tăng trưởng, các ngành, các địa phương đã chủ động triển khai nhiều giải pháp đồng bộ. Năm 2024, tỉnh đặt mục tiêu phấn đấu tổng sản phẩm tăng 7%. Cụ thể, trong 8 tháng, "
     "chỉ số sản xuất công nghiệp tăng 12,04%.\n",
     "2024-01/P8M", "-"},
    {"'so với cùng kỳ năm 2022' before any other year: the report is of 2023",
     "9 tháng đầu năm, tổng thu ngân sách nhà nước của tỉnh ước đạt gần 17.100 tỷ đồng, bằng "
     "khoảng 81,3% dự toán; tổng kim ngạch xuất nhập khẩu hàng hóa ước đạt 3.362 triệu USD, giảm "
     "5,7% so với cùng kỳ năm 2022.\nĐặc biệt, năm 2021, tỉnh thu hút được 8 dự án FDI.\n",
     "2023-01/P9M", "-"},
    {"a term of office names no report",
     "Thực hiện nghị quyết của Hội đồng nhân dân thị xã khóa IV, nhiệm kỳ 2016-2021, trong năm 2019 "
     "thị xã giải quyết việc làm cho 5.866 lao động, đạt 127% kế hoạch; giải ngân đạt 99% kế hoạch "
     "vốn.\n",
     "2019", "-"},
    {"a year things run since names no report",
     "Ngày 20/12/2024\nĐược thành lập từ năm 1994, thị xã đã phát triển mạnh; cả năm đón 5 triệu "
     "lượt khách, doanh thu du lịch đạt 5.130 tỷ đồng, tăng 44%.\n",
     "2024", "2024-12-20"},
    {"a session 'giữa năm 2024' (mid-year) names no year",
     "Tăng trưởng kinh tế của tỉnh đứng thứ 8 khu vực\n\nThứ Sáu 12/07/2024 , 09:00 (GMT+7)\n\n"
     "Sáng 11/7, HĐND tỉnh khai mạc kỳ họp thứ 17. Đây là kỳ họp thường lệ giữa năm 2024.\n\n"
     "Chủ tịch UBND tỉnh thông tin về tình hình kinh tế - xã hội trong 6 tháng đầu năm 2024, "
     "trong đó tăng trưởng kinh tế đạt trên 5,7%.\n",
     "2024-H1", "2024-07-12"},
    {"a headline's aim does not name the report",
     "Tỉnh hướng đến tăng trưởng GRDP 6 tháng đầu năm đạt 13.000 tỷ đồng\n"
     "Trong quý I/2024, thu ngân sách ước đạt 624 tỷ đồng, tăng 64,61%.\n",
     "2024-Q1", "-"},
    {"no title: the period the body repeats, its year after 'cùng kỳ năm Y'",
     "1. Kinh tế\n"
     "Tổng mức bán lẻ hàng hóa 8 tháng ước đạt 41.000 tỷ đồng, tăng 9% so với cùng kỳ năm 2022. "
     "Chỉ số sản xuất công nghiệp tháng 8 tăng 4,2%. Lượng khách du lịch 8 tháng đạt 2 triệu "
     "lượt.\n",
     "2023-01/P8M", "-"},
    {"flows up to a month's end are the months from January",
     "Tổng chi ngân sách thực hiện đến 31/8/2023 là 4.100 tỷ đồng. Dư nợ tín dụng đến 31/8/2023 "
     "đạt 60.000 tỷ đồng, tăng 5% so với 31/12/2022.\n",
     "2023-01/P8M", "-"},
    {"a dateline; a document's date in the text is none",
     "14:20 - 12/07/2023\n"
     "Theo Nghị quyết số 12-NQ/TU ngày 04 tháng 11 năm 2020, 6 tháng đầu năm 2023 thu ngân sách "
     "đạt 3.000 tỷ đồng.\n",
     "2023-H1", "2023-07-12"},
    {"a target year and a figure's own year do not name the report",
     "Giai đoạn 2016 - 2020, kinh tế tăng trưởng khá.\n"
     "Thu ngân sách tăng từ 2.100 tỷ đồng năm 2015 lên 3.400 tỷ đồng năm 2020, phấn đấu đến năm "
     "2025 đạt 5.000 tỷ đồng.\n",
     "2016/2020", "-"},
    {"a title's stretch without its year takes the year the body names it with, not a span's",
     "Hội nghị đánh giá thu ngân sách 3 tháng đầu năm\n"
     "Bình quân giai đoạn 2021-2024, ngành nông nghiệp của tỉnh tăng 4,9%/năm, các ngành, các "
     "địa phương đã chủ động triển khai nhiều giải pháp đồng bộ để giữ đà tăng trưởng trong "
     "năm. Tổng sản phẩm trên địa bàn quý I/2025 ước tăng 7,4%.\n",
     "2025-Q1", "-"},
    {"no period phrase, figures compared with a whole year: the year after it",
     "Trong thời gian qua, tỉnh đạt nhiều kết quả. Giá trị sản xuất công nghiệp ước đạt 60.100 tỷ "
     "đồng, tăng 6,2% so với cùng kỳ năm 2022; tổng mức bán lẻ hàng hóa tăng 11% so với năm 2022.\n",
     "2023", "-"},
    {"no period phrase, months from January compared with a year's: those months after it",
     "Tổng sản phẩm trên địa bàn ước tăng 5,1% so với cùng kỳ; khu vực dịch vụ chiếm 43,8% (cơ cấu "
     "tương ứng của 6 tháng đầu năm 2023 là 47,2%). Thu ngân sách từ đầu năm đến ngày 15/6/2024 "
     "đạt 2.000 tỷ đồng.\n",
     "2024-H1", "-"},
    {"... not when a later year is named",
     "Thu nhập bình quân đầu người 50,6 triệu đồng năm 2020, gấp 1,5 lần so với năm 2015.\n",
     "-", "-"},
    {"a year the text compares the same period of is not the report's",
     "Trong 9 tháng đầu năm, tổng sản phẩm trên địa bàn tăng 10,5% so với cùng kỳ năm trước. Đáng "
     "chú ý, trong năm 2023, thu nhập bình quân đầu người là 2,2 triệu đồng/tháng. Chỉ số sản xuất "
     "công nghiệp quý III tăng 29% (cùng kỳ năm 2023 tăng 1,3%).\n",
     "2024-01/P9M", "-"},
    {"the year of the plan a report carries out is the report's, not the year before it",
     "UBND tỉnh đã có báo cáo tình hình kinh tế xã hội 6 tháng đầu năm, nhiệm vụ và giải pháp chủ "
     "yếu tiếp tục thực hiện kế hoạch năm 2023. Tổng sản phẩm trên địa bàn tăng 6,9% so với cùng "
     "kỳ năm ngoái.\n",
     "2023-H1", "-"},
    {"the year whose tasks a conference sets out is no report's",
     "Ngày 8/1, Ủy ban nhân dân tỉnh tổ chức Hội nghị triển khai công tác năm 2024 và chương trình "
     "hành động thực hiện nhiệm vụ, giải pháp phát triển kinh tế - xã hội. Năm 2023, tốc độ tăng trưởng "
     "GRDP đạt 6%. Tổng sản phẩm bình quân đầu người đạt 50,8 triệu đồng.\n",
     "2023", "-"},
    {"... nor the year of its directions ('triển khai phương hướng, nhiệm vụ năm 2021')",
     "Ngày 21-12, hội nghị tổng kết nhiệm vụ năm 2020 và triển khai phương hướng, nhiệm vụ năm "
     "2021 xác định chủ đề của năm 2021. Năm 2021, quận phấn đấu thu ngân sách tăng 6,6%. Trong "
     "năm 2020, tổng thu ngân sách đạt 900 tỷ đồng.\n",
     "2020", "-"},
    {"no year anywhere: no period", "Quý I, thu ngân sách đạt 700 tỷ đồng.\n", "-", "-"},
    {"the date gives the year a period lacks",
     "Ngày 02/04/2024\nQuý I, thu ngân sách đạt 700 tỷ đồng.\n", "2024-Q1", "2024-04-02"},
};

static void test_infer(void **state)
{
    (void)state;
    char period[TS_PERIOD_TEXT_MAX], date[16];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        infer(cases[i].text, period, date);
        if (strcmp(period, cases[i].period) != 0 || strcmp(date, cases[i].date) != 0)
            fail_msg("%s: got %s %s, want %s %s", cases[i].why, period, date, cases[i].period,
                     cases[i].date);
    }
}

/* The document of text, dated y-mo-d by its caller, with its context
 * inferred (*doc to free). */
static const ts_doc_meta *infer_dated(const char *text, int y, int mo, int d, ts_doc **doc)
{
    ts_error e;
    assert_int_equal(ts_doc_parse("r.txt", text, strlen(text), doc, &e), TS_OK);
    ts_doc_set_date(*doc, y, mo, d);
    assert_int_equal(ts_doc_infer(*doc, LX, &e), TS_OK);
    return ts_doc_meta_get(*doc);
}

/* What the caller states stays: --period, --date. */
static void test_stated(void **state)
{
    (void)state;
    const char *text = "Quý I, thu ngân sách đạt 700 tỷ đồng.\n";
    ts_doc *doc;
    ts_error e;
    const ts_doc_meta *m = infer_dated(text, 2024, 4, 15, &doc);
    char p[TS_PERIOD_TEXT_MAX];
    assert_true(m->has_period);
    ts_period_format(m->period, p, sizeof p);
    assert_string_equal(p, "2024-Q1");
    assert_int_equal(m->day, 15);
    /* The facts of the document take that period. */
    sink s;
    memset(&s, 0, sizeof s);
    assert_int_equal(ts_extract_doc(doc, LX, CAT, collect, NULL, &s, &e), TS_OK);
    assert_string_equal(s.buf, "budget.revenue level 2024-Q1 700 A");
    ts_doc_free(doc);

    assert_int_equal(ts_doc_parse("r.txt", text, strlen(text), &doc, &e), TS_OK);
    ts_doc_set_period(doc, per("2023-Q2"));
    assert_int_equal(ts_doc_infer(doc, LX, &e), TS_OK);
    ts_period_format(ts_doc_meta_get(doc)->period, p, sizeof p);
    assert_string_equal(p, "2023-Q2");
    ts_doc_free(doc);
}

/* No period nor date anywhere: the figures whose phrase names their year
 * are read, the others left out. */
static void test_undated(void **state)
{
    (void)state;
    const char *text = "Tính đến hết năm 2024, tỉnh còn 4.806 hộ nghèo. Trong kỳ, thu ngân sách đạt "
                       "700 tỷ đồng; xuất khẩu đạt 120 triệu USD năm 2023.\n";
    ts_doc *doc;
    ts_error e;
    assert_int_equal(ts_doc_parse("r.txt", text, strlen(text), &doc, &e), TS_OK);
    assert_int_equal(ts_doc_infer(doc, LX, &e), TS_OK);
    assert_false(ts_doc_meta_get(doc)->has_period);
    sink s;
    memset(&s, 0, sizeof s);
    assert_int_equal(ts_extract_doc(doc, LX, CAT, collect, NULL, &s, &e), TS_OK);
    assert_string_equal(s.buf, "social.poor_households level 2024 4806 A; exports level 2023 120 A");
    ts_doc_free(doc);

    /* A year the text names is the year of phrases naming none. */
    text = "Thực hiện kế hoạch trồng rừng năm 2021, tỉnh phấn đấu trồng 1.650 ha rừng. Đến ngày "
           "14/7, toàn tỉnh trồng được 927 ha rừng.\n";
    assert_int_equal(ts_doc_parse("r.txt", text, strlen(text), &doc, &e), TS_OK);
    assert_int_equal(ts_doc_infer(doc, LX, &e), TS_OK);
    assert_false(ts_doc_meta_get(doc)->has_period);
    memset(&s, 0, sizeof s);
    assert_int_equal(ts_extract_doc(doc, LX, CAT, collect, NULL, &s, &e), TS_OK);
    assert_string_equal(s.buf, "forest.planted plan 2021 1650 A; forest.planted level "
                               "2021-01-01/2021-07-14 927 A");
    ts_doc_free(doc);
}

/* The document of file `file` with `text`, its context inferred. */
static ts_doc *inferred(const char *file, const char *text)
{
    ts_doc *doc;
    ts_error e;
    assert_int_equal(ts_doc_parse(file, text, strlen(text), &doc, &e), TS_OK);
    assert_int_equal(ts_doc_infer(doc, LX, &e), TS_OK);
    return doc;
}

/* A text that names no period takes its file name's, and says so; a
 * period the text names wins over the name. */
static void test_period_of_name(void **state)
{
    (void)state;
    static const struct {
        const char *file, *text, *want;
        int from_name;
    } cases[] = {
        {"ninh-thuan-2023.txt", "Tổng vốn đầu tư khoảng 22.710 tỷ đồng, đạt 102,3% KH.\n", "2023", 1},
        {"reports/binhdinh-2024-q1.txt", "Thu ngân sách đạt 700 tỷ đồng.\n", "2024-Q1", 1},
        {"BC_9-thang_2023.docx", "Thu ngân sách đạt 700 tỷ đồng.\n", "2023-01/P9M", 1},
        {"bao-cao-quy-2-2024.pdf", "Thu ngân sách đạt 700 tỷ đồng.\n", "2024-Q2", 1},
        {"kontum-2016-2020.txt", "GRDP tăng bình quân 7%/năm.\n", "2016/2020", 1},
        /* The year after a comparison's lies inside the name's five
         * years: the five years, not that one year. */
        {"camau-2016-2020.txt", "GRDP bình quân 7%/năm, tăng 1,3 lần so với năm 2015.\n",
         "2016/2020", 1},
        {"camau-2021.txt", "Thu ngân sách tăng 4,56% so với năm 2020.\n", "2021", 0},
        {"gialai-2024-10.txt.gz", "Thu ngân sách đạt 700 tỷ đồng.\n", "2024-10", 1},
        {"daklak-2022-6m.txt", "Thu ngân sách đạt 700 tỷ đồng.\n", "2022-H1", 1},
        {"kontum-2023.txt", "6 tháng đầu năm 2024, thu ngân sách đạt 700 tỷ đồng.\n", "2024-H1", 0},
        /* Two stretches named as often: the name's, whichever came first. */
        {"khanhhoa-2024-6m.txt",
         "Kinh tế - xã hội của tỉnh tiếp tục phát triển ổn định, các ngành, các địa phương đã chủ "
         "động triển khai nhiều giải pháp đồng bộ để giữ đà tăng trưởng trong bối cảnh còn nhiều "
         "khó khăn.\n\nTrong 5 tháng đầu năm 2024, thu ngân sách "
         "đạt 700 tỷ đồng.\n\nSang 6 tháng đầu năm 2024, chi ngân sách đạt 900 tỷ đồng.\n",
         "2024-H1", 0},
        /* The stretch with no year of its own, the same stretch in the
         * name with one: the name's year, not that of a comparison. */
        {"hcm-2021-6m.txt",
         "Tổng sản phẩm trên địa bàn 6 tháng đầu năm tăng 5,1% so với cùng kỳ. Mức tăng này cao "
         "hơn mức tăng 1,2% của 6 tháng năm 2020.\n",
         "2021-H1", 0},
        /* The span the name gives and the text names once, beside its
         * last year named more often for the stocks at the term's end. */
        {"quangtri-2016-2020.txt",
         "Qua 5 năm thực hiện Nghị quyết, tốc độ tăng trưởng GRDP bình quân giai đoạn 2016-2020 "
         "đạt 6,41%/năm. Tỷ lệ xã đạt chuẩn nông thôn mới năm 2020 đạt 56%.\n\nTỷ lệ che phủ "
         "rừng năm 2020 đạt 50,1%. Số xã đạt chuẩn năm 2020 là 57 xã.\n",
         "2016/2020", 0},
        {"khanhhoa-2024-05.txt",
         "Kinh tế - xã hội của tỉnh tiếp tục phát triển ổn định, các ngành, các địa phương đã chủ "
         "động triển khai nhiều giải pháp đồng bộ để giữ đà tăng trưởng trong bối cảnh còn nhiều "
         "khó khăn.\n\nTrong 5 tháng đầu năm 2024, thu ngân sách "
         "đạt 700 tỷ đồng.\n\nSang 6 tháng đầu năm 2024, chi ngân sách đạt 900 tỷ đồng.\n",
         "2024-01/P5M", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ts_doc *doc = inferred(cases[i].file, cases[i].text);
        const ts_doc_meta *m = ts_doc_meta_get(doc);
        char p[TS_PERIOD_TEXT_MAX] = "";
        if (m->has_period)
            ts_period_format(m->period, p, sizeof p);
        if (strcmp(p, cases[i].want) != 0 || m->period_from_name != cases[i].from_name)
            fail_msg("%s: period \"%s\" (from name %d), want \"%s\" (%d)", cases[i].file, p,
                     m->period_from_name, cases[i].want, cases[i].from_name);
        ts_doc_free(doc);
    }
}

/* A file named after a district-level unit, whose text names only the
 * province it lies in, is the unit's; so is one whose running text names
 * another area once, in passing; a title naming another area wins over
 * the file's name. */
static void test_area_of_name(void **state)
{
    (void)state;
    static const struct {
        const char *file, *text, *want;
    } cases[] = {
        {"nha-trang-2015.txt",
         "Là trung tâm tỉnh lỵ của tỉnh Khánh Hòa, kinh tế thành phố năm 2015 tăng 10,6%.\n",
         "nha-trang-city"},
        {"nha-trang-2015.txt",
         "Báo cáo tình hình kinh tế - xã hội tỉnh Gia Lai năm 2015\nKinh tế tăng 7,6%.\n",
         "gia-lai"},
        {"ha-nam-2020.txt",
         "Năm 2020, tình hình kinh tế thế giới và trong nước gặp nhiều khó khăn do dịch bệnh, "
         "thiên tai và biến động của thị trường, ảnh hưởng đến sản xuất, kinh doanh và đời sống "
         "của người dân, nhưng các cấp, các ngành đã tập trung chỉ đạo, điều hành quyết liệt, "
         "tháo gỡ khó khăn cho doanh nghiệp và bảo đảm an sinh xã hội trên địa bàn. Sau làn sóng "
         "dịch bùng phát ở Đà Nẵng, sản xuất chậm lại trong quý III. "
         "GRDP năm 2020 tăng 7,02% so với năm 2019.\n",
         "ha-nam"},
        {"khanhhoa-2015.txt", "Năm 2015, thu ngân sách đạt 700 tỷ đồng.\n", "khanh-hoa"},
        /* A name of one syllable after its word is a capitalised one:
         * "UBND huyện chủ trì" names no "Chũ". */
        {"quynhluu-2021.txt",
         "Chủ tịch UBND huyện chủ trì hội nghị tổng kết. Năm 2021, thu ngân sách trên địa bàn "
         "huyện Quỳnh Lưu đạt 540,1 tỷ đồng.\n",
         "quynh-luu-district"},
        /* ... written with its marks: "huyện - Chủ trì" names no "Chũ"
         * either; "TP.HCM" has none to check. */
        {"quynhluu-2021b.txt",
         "Phiên họp do Chủ tịch UBND huyện - Chủ trì. Năm 2021, thu ngân sách trên địa bàn "
         "huyện Quỳnh Lưu đạt 540,1 tỷ đồng.\n",
         "quynh-luu-district"},
        {"hcm-2021.txt", "Năm 2021, thu ngân sách trên địa bàn TP.HCM đạt 380.000 tỷ đồng.\n",
         "ho-chi-minh"},
        /* The name's place in being on the report's day: a town until
         * 2022, a city since. */
        {"pho-yen-2018-6m.txt", "6 tháng đầu năm 2018, thu ngân sách đạt 295 tỷ đồng.\n",
         "pho-yen-town"},
        {"pho-yen-2023-6m.txt", "6 tháng đầu năm 2023, thu ngân sách đạt 395 tỷ đồng.\n",
         "pho-yen-city"},
        /* Raised in 2009, and in 2025 (a district merged into a new city). */
        {"dong-ha-2008.txt", "Năm 2008, thu ngân sách đạt 95 tỷ đồng.\n", "dong-ha-town"},
        {"hoa-lu-2020.txt", "Năm 2020, thu ngân sách đạt 95 tỷ đồng.\n", "hoa-lu-district"},
        /* A file named after the province of the city the text names,
         * in a text that speaks of its province. */
        {"dak-lak-2024-9m.txt",
         "Tại buổi họp báo, UBND tỉnh thông tin kết quả 9 tháng năm 2024 trên địa bàn tỉnh: "
         "tổng sản phẩm trên địa bàn tỉnh tăng 4,73%.\nĐại diện UBND thành phố Buôn Ma Thuột "
         "trả lời báo chí. Lãnh đạo UBND thành phố Buôn Ma Thuột cho biết tuyến đường sẽ xong "
         "trong năm.\n",
         "dak-lak"},
        /* ... not when the text speaks of the city's own. */
        {"dak-lak-2024-9m.txt",
         "UBND thành phố Buôn Ma Thuột báo cáo kết quả 9 tháng năm 2024: tổng thu ngân sách "
         "trên địa bàn thành phố đạt 900 tỷ đồng, toàn thành phố có 120 doanh nghiệp mới.\n",
         "buon-ma-thuot-city"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ts_doc *doc = inferred(cases[i].file, cases[i].text);
        if (strcmp(ts_doc_meta_get(doc)->area, cases[i].want) != 0)
            fail_msg("%s: area \"%s\", want \"%s\"", cases[i].file, ts_doc_meta_get(doc)->area,
                     cases[i].want);
        ts_doc_free(doc);
    }
}

typedef struct {
    const char *name, *text, *area, *kind, *period;
    int y, m, day;
} meta_case;

static const meta_case meta_cases[] = {
    {"a short early line's date after 'đến ngày' is the figure's, no dateline",
     "Quảng Trị: thu ngân sách 6 tháng đầu năm 2024 tăng 27,67%\n"
     "Huy động vốn đến ngày 31/5/2024 đạt 38.537 tỷ đồng.\n",
     "quang-tri", "cumulative", "2024-H1", 0, 0, 0},
    {"a month's end a stock was counted at names the report less than months compared with the "
     "same months a year before",
     "Tốc độ tăng GRDP của tỉnh Quảng Trị ước tính tăng 5,02% so với cùng kỳ năm trước.\n\n"
     "Về cơ cấu kinh tế, khu vực dịch vụ chiếm 43,81% (cơ cấu tương ứng của 6 tháng đầu năm 2023 "
     "là 47,17%).\n\nTình hình huy động vốn trên địa bàn đến ngày 31/5/2024 đạt 38.537 tỷ "
     "đồng, tăng 5,76% so với cuối năm 2023; tổng dư nợ cho vay đối với nền kinh tế đạt 52.405 tỷ "
     "đồng.\n",
     "quang-tri", "cumulative", "2024-H1", 0, 0, 0},
    {"... nor than months from January named twice or more",
     "Tỉnh Quảng Trị: tổng mức bán lẻ 6 tháng đầu năm 2023 ước đạt 15.433 tỷ đồng.\n\nHuy động "
     "vốn đến ngày 31/5/2023 đạt 33.000 tỷ đồng. Dư nợ tính đến ngày 31/5/2023 đạt 50.000 tỷ "
     "đồng. Nợ xấu đến ngày 31/5/2023 là 351 tỷ đồng.\n\nVốn đầu tư trong 6 tháng đầu năm 2023 "
     "ước đạt 8.773 tỷ đồng.\n",
     "quang-tri", "cumulative", "2023-H1", 0, 0, 0},
    {"a name ten districts answer to: the one of the province the title names, whichever the "
     "gazetteer lists first",
     "Huyện Châu Thành – Hậu Giang: khởi sắc trên nhiều lĩnh vực\n\n"
     "Năm 2018, thu ngân sách trên địa bàn huyện Châu Thành đạt 424 tỷ đồng.\n",
     "chau-thanh-hau-giang-district", "annual", "2018", 0, 0, 0},
    {"'trên địa bàn huyện Tiền Hải' names that district, no own word of a district's: a "
     "district in passing in a province's text is its province",
     "Năm 2016: Tổng sản phẩm (GRDP) trên địa bàn tỉnh đạt cao nhất\n\n"
     "Năm 2016, tổng sản phẩm (GRDP) của tỉnh ước đạt 45.150 tỷ đồng, tăng 10,12% so với năm "
     "2015.\n\nXí nghiệp khí đáp ứng nhu cầu của gần 20 doanh nghiệp trên địa bàn huyện Tiền "
     "Hải.\n",
     "thai-binh", "annual", "2016", 0, 0, 0},
    {"'tháng 11-12/2018' is two months, no report's month",
     "Quảng Trị: thu nhập bình quân đầu người đạt hơn 43 triệu đồng/năm\n"
     "Ngày 8/1, Ban Tuyên giáo Tỉnh ủy Quảng Trị tổ chức hội nghị giao ban báo chí tháng 11-12/2018 "
     "và nhìn nhận lại kết quả năm 2018.\n",
     "quang-tri", "annual", "2018", 0, 0, 0},
    {"the tasks of a year carried out, no stretch named: that year",
     "BÁO CÁO\nTình hình thực hiện nhiệm vụ năm 2023 của tỉnh Gia Lai\n"
     "Trong năm, các cấp, các ngành đã tập trung chỉ đạo, điều hành quyết liệt, tháo gỡ khó khăn "
     "cho sản xuất kinh doanh, bảo đảm an sinh xã hội trên địa bàn toàn tỉnh.\n",
     "gia-lai", "annual", "2023", 0, 0, 0},
    {"'thực hiện nhiệm vụ 9 tháng đầu năm': 'vụ' ends a word, no unit after a figure",
     "Kinh tế tỉnh Bến Tre tiếp tục tăng trưởng\n"
     "Ngày 1/10, tại hội nghị thông tin về tình hình thực hiện nhiệm vụ 9 tháng đầu năm 2024, Phó "
     "Chủ tịch UBND tỉnh Bến Tre cho biết tình hình kinh tế - xã hội tỉnh tiếp tục xu hướng phục "
     "hồi khởi sắc hơn so với cùng kỳ, nhiều chỉ tiêu đạt khá.\n",
     "ben-tre", "cumulative", "2024-01/P9M", 0, 0, 0},
    {"short sentences after a long lead are no headlines: the lead's span stays the period",
     "Giai đoạn 2016- 2020, tỉnh Bắc Giang đã thực hiện nhiều giải pháp đồng bộ, tích cực trong "
     "thu hút đầu tư, phát triển nguồn nhân lực, thực hiện tốt chính sách an sinh xã hội và đã "
     "đạt được nhiều thành tựu trên các mặt kinh tế xã hội, giữ vững an ninh, quốc phòng, trật "
     "tự an toàn xã hội, hoàn thành vượt mức các chỉ tiêu đề ra.\n"
     "Tốc độ tăng trưởng GRDP bình quân đạt 14,6%/năm. Quy mô GRDP năm 2020 ước đạt 128 nghìn tỷ "
     "đồng.\n",
     "bac-giang", "multiyear", "2016/2020", 0, 0, 0},
    {"'tháng 9 đầu năm' (the words of '9 tháng đầu năm' swapped) is the nine months",
     "Tỉnh Vĩnh Phúc: Kinh tế - xã hội tháng 9 đầu năm có nhiều khởi sắc\n"
     "Trong 9 tháng đầu năm 2023, tỉnh tập trung tháo gỡ khó khăn cho doanh nghiệp, thúc đẩy "
     "tăng trưởng trong bối cảnh còn nhiều thách thức của kinh tế thế giới và trong nước.\n",
     "vinh-phuc", "cumulative", "2023-01/P9M", 0, 0, 0},
    {"the next quarter's tasks date the quarter, not a quarter of an earlier year named after",
     "Kinh tế thành phố phục hồi\n"
     "UBND TP Đà Nẵng họp về tình hình kinh tế - xã hội quý I; nhiệm vụ, giải pháp quý II năm "
     "2024.\n"
     "Báo cáo tình hình kinh tế - xã hội trong quý I, Giám đốc Sở Tài chính cho biết tổng sản "
     "phẩm trên địa bàn ước đạt 45.610 tỷ đồng, tăng 6,8% so với cùng kỳ.\n"
     "Đây là mức tăng cao nhất kể từ năm 2019. Theo đó, mức tăng quý I năm 2019 là 7,1%, năm "
     "2022 là 4,2%.\n",
     "da-nang", "quarterly", "2024-Q1", 0, 0, 0},
    {"000 city, nine months", " \t________________________\n \tSố:       /BC-UBND\n"
     "\t    TP. Kon Tum, ngày      tháng       năm \n\n\n\tDự thảo\n\n\nBÁO CÁO\n\n"
     "Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội, quốc phòng - an ninh \n\n"
     "9 tháng đầu năm; nhiệm vụ trọng tâm 3 tháng cuối năm 2020\n__________________   \n"
     "I. Tình hình kinh tế-xã hội, quốc phòng an ninh 9 tháng đầu năm 2020: \n",
     "kon-tum-city", "cumulative", "2020-01/P9M", 0, 0, 0},
    {"001 city, monthly", " BÁO CÁO \n\nĐánh giá công tác chỉ đạo, điều hành tháng 10 \n\n"
     "và nhiệm vụ công tác trọng tâm tháng 11 năm 2021 của UBND thành phố \n\n  \n\n"
     "Thực hiện Quy chế làm việc của UBND thành phố nhiệm kỳ 2016-2021, \n\n"
     "Chương trình công tác của thành phố Kon Tum được phê duyệt.\n",
     "kon-tum-city", "monthly", "2021-10", 0, 0, 0},
    {"002 province, term", "24\n\n\t\nỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố:  86 /BC-UBND\n"
     "\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Kon Tum, ngày 30 tháng 3 năm 2021\n Tổng kết công tác của Ủy ban nhân dân tỉnh\n"
     "    Kính gửi: Hội đồng nhân dân tỉnh\nGiai đoạn 2016 - 2020, trong bối cảnh khu vực.\n",
     "kon-tum", "multiyear", "2016/2020", 2021, 3, 30},
    {"003 province, monthly", " I. CHỈ ĐẠO, ĐIỀU HÀNH NỔI BẬT CỦA ỦY BAN NHÂN DÂN \n"
     "TỈNH TRONG THÁNG 10 NĂM 2024 \n\n1. Ủy ban nhân dân tỉnh có các văn bản. \n"
     "Kế hoạch đầu tư công năm 2025 của tỉnh Kon Tum (lần 2). Đề án của tỉnh Kon Tum.\n",
     "kon-tum", "monthly", "2024-10", 0, 0, 0},
    {"004 party committee, annual", " BÁO CÁO\ntình hình thực hiện nhiệm vụ phát triển kinh "
     "tế - xã hội, quốc phòng, \nan ninh, xây dựng Đảng và hệ thống chính trị năm 2023;\n"
     " phương hướng, nhiệm vụ năm 2024\n-----\n\nPhần thứ nhất\n"
     "Năm 2023, Tỉnh ủy đã lãnh đạo các cấp trên địa bàn tỉnh Kon Tum; thành phố Kon Tum "
     "phát triển; tỉnh Kon Tum tăng trưởng.\n",
     "kon-tum", "annual", "2023", 0, 0, 0},
    {"other province, half year", "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 12/BC-UBND\n"
     "Gia Lai, ngày 5 tháng 7 năm 2022\nBÁO CÁO\n"
     "Tình hình kinh tế - xã hội 6 tháng đầu năm 2022\n",
     "gia-lai", "cumulative", "2022-H1", 2022, 7, 5},
    {"other city, quarter", "UBND THÀNH PHỐ PLEIKU\nSố: 3/BC-UBND\n"
     "Pleiku, ngày 2 tháng 10 năm 2024\nBÁO CÁO\nKết quả thực hiện quý III năm 2024\n",
     "pleiku-city", "quarterly", "2024-Q3", 2024, 10, 2},
    {"province with accents, year from date", "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n"
     "Đắk Lắk, ngày 20 tháng 12 năm 2023\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 12\n",
     "dak-lak", "monthly", "2023-12", 2023, 12, 20},
    {"other province, five-year term", "ỦY BAN NHÂN DÂN TỈNH GIA LAI\nBÁO CÁO\n"
     "Tổng kết tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 5 năm 2016-2020\n",
     "gia-lai", "multiyear", "2016/2020", 0, 0, 0},
    {"city abbreviated, a name that folds to a stopword", "UBND TP. ĐÀ NẴNG\nBÁO CÁO\n"
     "Tình hình kinh tế - xã hội năm 2023\n",
     "da-nang", "annual", "2023", 0, 0, 0},
    {"province with 'Cao' in its name", "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nBÁO CÁO\n"
     "Tình hình kinh tế - xã hội tháng 3 năm 2024\n",
     "cao-bang", "monthly", "2024-03", 0, 0, 0},
    {"hyphenated province", "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU\nBÁO CÁO\n"
     "Tình hình kinh tế - xã hội 9 tháng đầu năm 2023\n",
     "ba-ria-vung-tau", "cumulative", "2023-01/P9M", 0, 0, 0},
    {"a party committee's word names its unit's kind: 'Thành ủy' a city's, 'Tỉnh ủy' a province's",
     "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Thái Nguyên chủ trì hội nghị sơ kết 6 tháng "
     "đầu năm 2017: thu ngân sách đạt 1.270 tỷ đồng, bằng 113% dự toán.\n",
     "thai-nguyen-city", "cumulative", "2017-H1", 0, 0, 0},
    {"'H.' and 'Q.' abbreviate 'huyện' and 'quận' before a name",
     "Ông Nguyễn Văn A, Chủ tịch UBND H.Diên Khánh, cho biết năm 2023 thu ngân sách đạt 259 tỷ "
     "đồng, theo Quyết định của UBND tỉnh Khánh Hòa.\n",
     "dien-khanh-district", "annual", "2023", 0, 0, 0},
    {"... 'Q.'", "UBND Q.Bình Thạnh: 6 tháng đầu năm 2024 thu ngân sách đạt 2.100 tỷ đồng.\n",
     "binh-thanh-district", "cumulative", "2024-H1", 0, 0, 0},
    {"a town in the years before it was raised to a city (2019)", "UBND THỊ XÃ THUẬN AN\nBÁO CÁO\n"
     "Tình hình kinh tế - xã hội năm 2019\n",
     "thuan-an-town", "annual", "2019", 0, 0, 0},
    {"the city after the raise (2021)", "UBND THÀNH PHỐ THUẬN AN\nBÁO CÁO\n"
     "Tình hình kinh tế - xã hội năm 2021\n",
     "thuan-an-city", "annual", "2021", 0, 0, 0},
    {"a raised unit's name alone: the form of the report's year (a town in 2023, raised on "
     "2024-11-01)",
     "Đông Triều: 9 tháng đầu năm 2023 tăng trưởng kinh tế đạt 13,7%, thu ngân sách đạt 900 tỷ "
     "đồng.\n",
     "dong-trieu-town", "cumulative", "2023-01/P9M", 0, 0, 0},
    {"... the city in 2025",
     "Đông Triều: 6 tháng đầu năm 2025 tăng trưởng kinh tế đạt 12,1%, thu ngân sách đạt 700 tỷ "
     "đồng.\n",
     "dong-trieu-city", "cumulative", "2025-H1", 0, 0, 0},
    {"an anniversary after a place's name ('Vĩnh Phúc 60 năm') is no other area's figure: the "
     "title's area outweighs one named in the body",
     "Đảng bộ và nhân dân Vĩnh Phúc 60 năm xây dựng và phát triển\n\n"
     "Sau 29 năm hợp nhất với tỉnh Phú Thọ, tỉnh được tái lập. Năm 2021, GRDP của tỉnh tăng "
     "8,29%.\n",
     "vinh-phuc", "annual", "2021", 0, 0, 0},
    {"a town's review dated after it became a city is the city's",
     "Thứ Sáu, 02/11/2018 17:16\n\nHà Tiên lên thành phố\n\n"
     "Kể từ ngày 1.11, TX.Hà Tiên chính thức trở thành TP.Hà Tiên. Năm 2017, thu ngân sách của "
     "TX.Hà Tiên đạt 109,6 tỷ đồng; TX.Hà Tiên có thu nhập bình quân đầu người 68,93 triệu đồng.\n",
     "ha-tien-city", "annual", "2017", 2018, 11, 2},
    {"the year whose remaining targets a title aims at ('các chỉ tiêu phát triển KT – XH còn lại "
     "của năm 2020', a dash inside) is no report period",
     "Lai Vung tập trung thực hiện đạt các chỉ tiêu phát triển KT – XH còn lại của năm 2020\n\n"
     "UBND huyện Lai Vung tổ chức hội nghị sơ kết tình hình kinh tế - xã hội 6 tháng đầu năm 2020 "
     "và đề ra phương hướng, nhiệm vụ 6 tháng cuối năm.\n\nTỷ lệ tham gia BHYT đạt 84,76%.\n",
     "lai-vung-district", "cumulative", "2020-H1", 0, 0, 0},
    {"a clause that opens by setting out ('; đề ra nhiều giải pháp ... năm 2022') aims at its "
     "year; two districts' names apart only by their marks are told by them",
     "HĐND huyện Phú Ninh đã tổ chức kỳ họp thứ 4 nhằm đánh giá kết quả đạt được trên tất cả các "
     "mặt công tác; đề ra nhiều giải pháp trọng tâm để thực hiện \"mục tiêu kép\" vừa phòng "
     "chống dịch vừa phát triển kinh tế - xã hội năm 2022.\n\n"
     "Nhìn lại năm 2021, huyện đạt nhiều kết quả.\n\n"
     "Tổng thu ngân sách nhà nước đạt 49,9 tỷ đồng, tăng 32% so với năm 2020.\n",
     "phu-ninh-quang-nam-district", "annual", "2021", 0, 0, 0},
    {"a title line that begins after the report's date (a site's banner) names no report; the "
     "next title line does",
     "Điều tra 53 dân tộc năm 2024\n\n"
     "Tình hình kinh tế xã hội tháng 3 và 3 tháng năm 2023\n\n"
     "Thứ ba - 11/04/2023 16:25\n"
     "Tổng thu ngân sách tỉnh Kon Tum đạt 600 tỷ đồng, tăng 5% so với cùng kỳ năm trước.\n",
     "kon-tum", "quarterly", "2023-Q1", 2023, 4, 11},
    {"no period phrase but 'từ đầu năm đến nay' in a text dated in March: January to March",
     "149 doanh nghiệp đăng ký thành lập mới\n\n"
     "Cập nhật lúc 05:22, Thứ Tư, 24/03/2021\n"
     "Tin từ UBND tỉnh Kon Tum cho biết, từ đầu năm đến nay, có 149 doanh nghiệp đăng ký thành "
     "lập mới, tăng 18,3% so cùng kỳ.\n",
     "kon-tum", "cumulative", "2021-Q1", 2021, 3, 24},
    {"the start of a year ('gặp mặt báo chí đầu năm 2024') dates an event, no report",
     "Nam Trà My đạt nhiều kết quả trong phát triển kinh tế - xã hội\n\n"
     "Chiều 1/4, huyện Nam Trà My tổ chức hội nghị gặp mặt báo chí đầu năm 2024 nhằm thông tin "
     "tình hình kinh tế - xã hội của địa phương.\n\n"
     "Chủ tịch UBND huyện đã thông tin về tình hình kinh tế - xã hội của huyện năm 2023.\n\n"
     "Tổng chi ngân sách địa phương 1.209 tỷ đồng, đạt 154% kế hoạch.\n",
     "nam-tra-my-district", "annual", "2023", 0, 0, 0},
    {"a first line giving years' figures in turn runs up to the latest",
     "Nếu năm 2021 tỷ lệ hộ nghèo của huyện Đắk Hà là 7,82% thì năm 2022 con số này là 5,93%, "
     "ước năm 2023 là 4,43%.\n"
     "Trong năm 2023, huyện giải quyết việc làm cho 1.200 lao động.\n",
     "dak-ha-district", "annual", "2023", 0, 0, 0},
    {"... not one that names a year of no figure after its first",
     "Hội nghị tổng kết năm 2019 và giao dự toán thu, chi ngân sách năm 2020 của huyện Đắk Hà\n\n"
     "Năm 2019, thu ngân sách trên địa bàn huyện đạt 49 tỷ đồng.\n",
     "dak-ha-district", "annual", "2019", 0, 0, 0},
    {"a district before it became a city; the paper's province is not the issuer",
     "(Báo Kiên Giang) - Theo báo cáo của UBND huyện Phú Quốc, 6 tháng đầu năm 2019, thu ngân "
     "sách trên địa bàn huyện đạt 2.100 tỷ đồng.\n",
     "phu-quoc-district", "cumulative", "2019-H1", 0, 0, 0},
    {"a district is never named by a higher kind's word; another unit's is its own",
     "UBND HUYỆN PHÙ MỸ\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2022\n",
     "phu-my-district", "annual", "2022", 0, 0, 0},
    {"a city of a province before it became a municipality", "UBND THÀNH PHỐ HUẾ\nBÁO CÁO\n"
     "Tình hình kinh tế - xã hội năm 2022\n",
     "hue-city", "annual", "2022", 0, 0, 0},
    {"the municipality of the same name", "UBND THÀNH PHỐ HUẾ\nBÁO CÁO\n"
     "Tình hình kinh tế - xã hội 6 tháng đầu năm 2025\n",
     "hue", "cumulative", "2025-H1", 0, 0, 0},
    {"a district merged away in 2020", "UBND Quận 9\nBÁO CÁO\n"
     "Tình hình kinh tế - xã hội năm 2019\n",
     "quan-9-district", "annual", "2019", 0, 0, 0},
    {"a district name two provinces had: the one whose province is named",
     "Theo báo cáo của UBND huyện Kỳ Sơn (tỉnh Hòa Bình), năm 2018 thu ngân sách trên địa "
     "bàn huyện đạt 65 tỷ đồng, bình quân 7% mỗi năm.\n",
     "ky-son-hoa-binh-district", "annual", "2018", 0, 0, 0},
    {"a price basis is never the period", "UBND HUYỆN VĨNH LINH\nTổng giá trị sản xuất (theo giá "
     "so sánh năm 2010) ước tăng 11% so với năm 2021; thu ngân sách năm 2022 đạt 285 tỷ đồng.\n",
     "vinh-linh-district", "annual", "2022", 0, 0, 0},
    {"a headline's province; one compared with is no vote",
     "Kinh tế tỉnh Hưng Yên 6 tháng đầu năm 2024 tăng trưởng khá\nThu ngân sách đạt 40.000 tỷ "
     "đồng, cao hơn tỉnh Thái Bình; so với tỉnh Thái Bình, tăng trưởng cao hơn.\n",
     "hung-yen", "cumulative", "2024-H1", 0, 0, 0},
    {"a group's examples and the places listed after them are no votes",
     "Tổng sản phẩm trên địa bàn tỉnh năm 2018 ước tăng 9,1% so với năm 2017, thấp hơn một số "
     "tỉnh lân cận như Hải Phòng, Quảng Ninh và tỉnh Thái Bình; thu ngân sách đạt 18.000 tỷ "
     "đồng.\n",
     "", "annual", "2018", 0, 0, 0},
    {"'cũng như' joins: the place after it is named",
     "Năm 2023, kinh tế cả nước cũng như tỉnh Quảng Trị phục hồi; tổng sản phẩm trên địa bàn "
     "tỉnh tăng 6,5%, thu ngân sách đạt 3.600 tỷ đồng.\n",
     "quang-tri", "annual", "2023", 0, 0, 0},
    {"a ward named like a province is no vote for it",
     "UBND phường Kon Tum: 6 tháng đầu năm 2025 thu ngân sách đạt 120 tỷ đồng.\n", "",
     "cumulative", "2025-H1", 0, 0, 0},
    {"a newspaper named after its province is no vote",
     "Báo Gia Lai\nHuyện Chư Pưh: 6 tháng đầu năm 2024, huyện Chư Pưh thu ngân sách đạt 60% kế "
     "hoạch.\n",
     "chu-puh-district", "cumulative", "2024-H1", 0, 0, 0},
    {"a photo's caption names no area",
     "TP. Thái Bình ngày một hiện đại (Ảnh: Báo Đầu tư)\nTổng sản phẩm trên địa bàn 6 tháng đầu "
     "năm 2018 tăng 12,32% so với cùng kỳ năm trước.\n",
     "", "cumulative", "2018-H1", 0, 0, 0},
    {"an illustration's caption names no area",
     "Nông dân huyện Krông Pắc thu hoạch lúa (Ảnh minh họa)\nTổng sản phẩm trên địa bàn 6 tháng "
     "đầu năm 2022 tăng 8,1% so với cùng kỳ năm trước.\n",
     "", "cumulative", "2022-H1", 0, 0, 0},
    {"neither end of a stretch of provinces is a vote; a crop season's year is no period",
     "Tổng sản phẩm 9 tháng năm 2020 tăng 11%. So với các tỉnh từ Thanh Hóa đến Bình Thuận, "
     "Ninh Thuận đứng thứ nhất; năng suất lúa tăng so với vụ xuân năm 2019, vụ đông xuân 2019- "
     "2020 được mùa.\n",
     "ninh-thuan", "cumulative", "2020-01/P9M", 0, 0, 0},
    {"a district named in passing in a text of its province is the province's",
     "Ước thực hiện tổng sản phẩm trên địa bàn tỉnh năm 2015 là 63.803,6 tỷ đồng, tăng 11,75% so "
     "với cùng kỳ; trong đó khu vực công nghiệp - xây dựng tăng 11,56%, khu vực dịch vụ tăng "
     "14,53%, khu vực nông, lâm, thủy sản tăng 3,52%. Tỉnh đã công nhận nông thôn mới cho huyện "
     "Xuân Lộc và thị xã Long Khánh.\n",
     "dong-nai", "annual", "2015", 0, 0, 0},
    {"a district that speaks of itself stays",
     "Năm 2015, toàn huyện Xuân Lộc có 5 xã đạt chuẩn nông thôn mới, tổng sản phẩm trên địa bàn "
     "huyện tăng 11%; trên địa bàn tỉnh có 20 xã đạt chuẩn.\n",
     "xuan-loc-district", "annual", "2015", 0, 0, 0},
    {"a year aimed at is not the report's; the year after one compared with is",
     "Du lịch tăng mạnh\n\nTính đến tháng 11, tỉnh Quảng Trị đón 9,1 triệu lượt khách, tổng "
     "thu từ du lịch tăng mạnh so với năm 2024. Năm 2026, tỉnh đặt mục tiêu đón 10,5 triệu "
     "lượt khách.\n",
     "quang-tri", "cumulative", "2025-01/P11M", 0, 0, 0},
    {"the party committee's congress names the report's area, over a city named twice",
     "Với sự ra đời của TP Phú Quốc, tỉnh đã hình thành tam giác phát triển Rạch Giá - Hà Tiên "
     "- Phú Quốc.\nBáo cáo tại Đại hội đại biểu Đảng bộ tỉnh Kiên Giang đánh giá: năm 2020 "
     "thu ngân sách đạt 11.000 tỷ đồng.\n",
     "kien-giang", "annual", "2020", 0, 0, 0},
    {"a year and months of it named as often: the months",
     "Kinh tế phục hồi\n\nTheo UBND tỉnh Quảng Bình, năm 2024 là năm còn nhiều khó khăn, tác "
     "động tiêu cực đến hoạt động đầu tư, sản xuất, kinh doanh trên phạm vi cả nước và của "
     "tỉnh. Tuy nhiên, tình hình kinh tế - xã hội 6 tháng đầu năm có nhiều chuyển biến.\n\n"
     "Tổng thu ngân sách đạt 3.100 tỷ đồng.\n",
     "quang-binh", "cumulative", "2024-H1", 0, 0, 0},
    {"a masthead's province above a text that speaks of its district's own",
     "Báo điện tử Bạc Liêu\nNăm 2022, huyện Hồng Dân thu ngân sách đạt 102% kế hoạch. Sản "
     "lượng lúa của huyện đạt 300.000 tấn; kinh tế của huyện tăng 7%.\n",
     "hong-dan-district", "annual", "2022", 0, 0, 0},
    {"a superior's province in a text of a district that says 'của huyện'",
     "Thực hiện chỉ đạo của UBND tỉnh Thái Bình, năm 2020 kinh tế huyện Vũ Thư tăng trưởng "
     "khá; giá trị sản xuất của huyện tăng 9%, thu ngân sách của huyện đạt 300 tỷ đồng.\n",
     "vu-thu-district", "annual", "2020", 0, 0, 0},
    {"... but a province text that names one district twice stays the province's",
     "Thực hiện chỉ đạo của UBND tỉnh Thái Bình, năm 2020 kinh tế của tỉnh tăng 8%, thu ngân "
     "sách toàn tỉnh đạt 6.000 tỷ đồng; thu ngân sách của huyện Vũ Thư đạt 300 tỷ đồng, "
     "cao nhất của tỉnh.\n",
     "thai-binh", "annual", "2020", 0, 0, 0},
    {"a municipality calls itself 'thành phố': its district named in passing is not the report's",
     "UBND THÀNH PHỐ ĐÀ NẴNG\nNăm 2023, tổng sản phẩm của thành phố tăng 2,6%; thu ngân sách của "
     "thành phố đạt 90% dự toán, riêng quận Sơn Trà đạt 95%.\n",
     "da-nang", "annual", "2023", 0, 0, 0},
    {"a dateline after the title's province: still a vote",
     "Tình hình kinh tế - xã hội tháng 3 năm 2021 của tỉnh Cà Mau\n09/04/2021 08:30\nTổng sản "
     "lượng thủy sản tháng 3 đạt 50.000 tấn; xã Khánh Bình Đông huyện Trần Văn Thời đạt 19/19 "
     "tiêu chí.\n",
     "ca-mau", "monthly", "2021-03", 2021, 4, 9},
    {"a province alone in brackets says where the district before it lies",
     "Quỳnh Lưu (Nghệ An): chuyển dịch cơ cấu kinh tế\nNăm 2015, kinh tế huyện Quỳnh Lưu (Nghệ "
     "An) tiếp tục đạt mức tăng trưởng khá. Tổng thu ngân sách ước đạt 805,26 tỷ đồng, bằng "
     "118,5% kế hoạch; kinh tế huyện Quỳnh Lưu chuyển dịch tích cực.\n",
     "quynh-luu-district", "annual", "2015", 0, 0, 0},
    {"a district's name alone, written with its marks and capitals, is a vote",
     "Cửa Lò đón gần 1,5 triệu lượt khách trong 6 tháng đầu năm 2015\nDoanh thu du lịch của Cửa "
     "Lò ước đạt 1.200 tỷ đồng, tăng 40% so với cùng kỳ.\n",
     "cua-lo-town", "cumulative", "2015-H1", 0, 0, 0},
    {"... but not inside a person's name",
     "Theo ông Nguyễn Thanh Sơn, 6 tháng đầu năm 2024 thu ngân sách tỉnh Bắc Giang đạt 5.000 tỷ "
     "đồng.\n",
     "bac-giang", "cumulative", "2024-H1", 0, 0, 0},
    {"nothing known", "Một văn bản không có tiêu đề.\n", "", "unknown", "", 0, 0, 0},
};

/* Title blocks of official reports: area, kind, period, date. */
/* A text that names no year takes the date's, else its file name's. */
static void test_year_of_file_name(void **state)
{
    (void)state;
    const char *text = "Quý I, thu ngân sách đạt 700 tỷ đồng.\n";
    const struct {
        const char *name, *want;
    } names[] = {{"quangtri-2024-q1.txt", "2024-Q1"},
                 {"reports/BC_KTXH_Q1_2021.pdf.txt", "2021-Q1"},
                 {"so-lieu-12345-q1.txt", "-"}, /* five digits are no year */
                 {"bao-cao-q1.txt", "-"}};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        ts_doc *doc;
        ts_error e;
        assert_int_equal(ts_doc_parse(names[k].name, text, strlen(text), &doc, &e), TS_OK);
        assert_int_equal(ts_doc_infer(doc, LX, &e), TS_OK);
        const ts_doc_meta *m = ts_doc_meta_get(doc);
        char p[TS_PERIOD_TEXT_MAX] = "-";
        if (m->has_period)
            ts_period_format(m->period, p, sizeof p);
        assert_string_equal(p, names[k].want);
        ts_doc_free(doc);
    }
}

/* With no period, the year aimed at is the text's when it names no other
 * ("Đến ngày 14/7" takes it). */
static void test_year_aimed_at(void **state)
{
    (void)state;
    const char *text = "Trồng rừng đạt khá\n\nThực hiện kế hoạch trồng rừng năm 2021, tỉnh Điện "
                       "Biên phấn đấu trồng 1.500 ha rừng. Đến ngày 14/7, toàn tỉnh đã trồng "
                       "được 800 ha rừng.\n";
    ts_doc *doc;
    ts_error e;
    assert_int_equal(ts_doc_parse("r.txt", text, strlen(text), &doc, &e), TS_OK);
    assert_int_equal(ts_doc_infer(doc, LX, &e), TS_OK);
    const ts_doc_meta *m = ts_doc_meta_get(doc);
    assert_false(m->has_period);
    assert_int_equal(m->text_year, 2021);
    ts_doc_free(doc);
}

static void test_title_blocks(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof meta_cases / sizeof *meta_cases; i++) {
        const meta_case *c = &meta_cases[i];
        ts_doc *d;
        ts_error e;
        assert_int_equal(ts_doc_parse("r.txt", c->text, strlen(c->text), &d, &e), TS_OK);
        assert_int_equal(ts_doc_infer(d, LX, &e), TS_OK);
        const ts_doc_meta *m = ts_doc_meta_get(d);
        char p[TS_PERIOD_TEXT_MAX] = "";
        if (m->has_period)
            ts_period_format(m->period, p, sizeof p);
        if (strcmp(m->area, c->area) || strcmp(ts_report_kind_name(m->kind), c->kind) ||
            strcmp(p, c->period))
            print_error("%s: got %s %s %s\n", c->name, m->area, ts_report_kind_name(m->kind), p);
        assert_string_equal(m->area, c->area);
        assert_string_equal(ts_report_kind_name(m->kind), c->kind);
        assert_string_equal(p, c->period);
        assert_int_equal(m->has_date, c->y != 0);
        if (c->y) {
            assert_int_equal(m->year, c->y);
            assert_int_equal(m->month, c->m);
            assert_int_equal(m->day, c->day);
        }
        ts_doc_free(d);
    }
}

static void test_title_overrides(void **state)
{
    (void)state;
    ts_doc *d;
    ts_error e;
    assert_int_equal(ts_doc_parse("r.txt", meta_cases[0].text, strlen(meta_cases[0].text), &d, &e),
                     TS_OK);
    ts_doc_set_area(d, "kon-tum");
    ts_doc_set_period(d, ts_period_year(2020));
    const ts_doc_meta *m = ts_doc_meta_get(d);
    assert_string_equal(m->area, "kon-tum");
    assert_int_equal(m->kind, TS_REPORT_ANNUAL);
    ts_doc_set_period(d, ts_period_month(2021, 10));
    assert_int_equal(m->kind, TS_REPORT_MONTHLY);
    ts_doc_set_period(d, ts_period_years(2016, 2020));
    assert_int_equal(m->kind, TS_REPORT_MULTIYEAR);
    ts_doc_free(d);
}

/* "từ đầu năm đến nay" in a text whose date has no month (a caller's
 * year only): no months from January can be told, and none are made. */
static void test_year_to_date_without_month(void **state)
{
    (void)state;
    static const char t[] = "Từ đầu năm đến nay, thu ngân sách tỉnh Kon Tum đạt 500 tỷ đồng.\n";
    ts_doc *d;
    const ts_doc_meta *m = infer_dated(t, 2021, 0, 0, &d);
    assert_true(!m->has_period || m->kind != TS_REPORT_CUMULATIVE);
    ts_doc_free(d);
    m = infer_dated(t, 2021, 3, 24, &d);
    char p[TS_PERIOD_TEXT_MAX];
    ts_period_format(m->period, p, sizeof p);
    assert_string_equal(p, "2021-Q1");
    ts_doc_free(d);
}

/* A district's name two provinces have, in a text that names neither
 * province: the area chosen is a guess, and the meta says which other it
 * could be; named with its province, it is no guess. */
static void test_area_guessed(void **state)
{
    (void)state;
    static const char alone[] =
        "Huyện ủy Phú Tân tổng kết năm 2019\n\nNăm 2019, huyện Phú Tân thu ngân sách đạt 40 tỷ "
        "đồng.\n";
    static const char placed[] =
        "Huyện ủy Phú Tân (Cà Mau) tổng kết năm 2019\n\nNăm 2019, huyện Phú Tân, tỉnh Cà Mau thu "
        "ngân sách đạt 40 tỷ đồng.\n";
    ts_doc *d = inferred("r.txt", alone);
    const ts_doc_meta *m = ts_doc_meta_get(d);
    assert_true(strcmp(m->area, "phu-tan-an-giang-district") == 0 ||
                strcmp(m->area, "phu-tan-ca-mau-district") == 0);
    assert_true(m->area_also[0] && strcmp(m->area_also, m->area) != 0);
    assert_true(strncmp(m->area_also, "phu-tan-", 8) == 0);
    assert_int_equal(m->n_area_also, 1);
    ts_doc_free(d);
    /* A name of ten districts: the others counted. */
    static const char many[] = "Năm 2023, huyện Châu Thành thu ngân sách đạt 150 tỷ đồng.\n";
    d = inferred("r.txt", many);
    m = ts_doc_meta_get(d);
    assert_true(strncmp(m->area, "chau-thanh-", 11) == 0);
    assert_true(m->n_area_also >= 8);
    ts_doc_free(d);
    d = inferred("r.txt", placed);
    m = ts_doc_meta_get(d);
    assert_string_equal(m->area, "phu-tan-ca-mau-district");
    assert_string_equal(m->area_also, "");
    ts_doc_free(d);
    /* Stated by the caller, the name in the text is the area's own, not
     * the other province's district of that name. */
    ts_error e;
    assert_int_equal(ts_doc_parse("r.txt", alone, strlen(alone), &d, &e), TS_OK);
    ts_doc_set_area(d, "phu-tan-ca-mau-district");
    assert_int_equal(ts_doc_infer(d, LX, &e), TS_OK);
    sink s;
    memset(&s, 0, sizeof s);
    assert_int_equal(ts_extract_doc(d, LX, CAT, collect, NULL, &s, &e), TS_OK);
    assert_string_equal(s.buf, "budget.revenue level 2019 40 A");
    ts_doc_free(d);
}

/* An island district ("huyện đảo") and the common spelling of Phú Quí. */
static void test_island_district(void **state)
{
    (void)state;
    static const char t[] =
        "Huyện đảo Phú Quý tổng kết năm 2023\n\nNăm 2023, thu ngân sách huyện đạt 50 tỷ đồng.\n";
    ts_doc *d = inferred("r.txt", t);
    assert_string_equal(ts_doc_meta_get(d)->area, "phu-qui-district");
    ts_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_island_district),
        cmocka_unit_test(test_area_guessed),
        cmocka_unit_test(test_infer),
        cmocka_unit_test(test_stated),
        cmocka_unit_test(test_undated),
        cmocka_unit_test(test_period_of_name),
        cmocka_unit_test(test_area_of_name),
        cmocka_unit_test(test_year_of_file_name),
        cmocka_unit_test(test_year_aimed_at),
        cmocka_unit_test(test_title_blocks),
        cmocka_unit_test(test_title_overrides),
        cmocka_unit_test(test_year_to_date_without_month),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
