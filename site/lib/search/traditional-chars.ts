/**
 * Traditional → simplified characters, for the characters of this site's own
 * vocabulary. People paste text from Hong Kong, Taiwan or OCR'd scans
 * (國辦發〔2017〕72號, 輟學, 填報日期); the tokenizer maps each character through
 * this table, so queries and index agree whichever script was typed.
 *
 * Why a table and not OpenCC in the browser: opencc-js's smallest
 * traditional→simplified bundle is about 110 KB and converts phrases, while the
 * search needs only characters and must stay light. This table holds exactly
 * the traditional forms (per opencc-js, a dev dependency) of every Han
 * character that occurs in the documents, guidance and form schemas — about
 * 3 KB. A character that is itself used in the simplified texts is never
 * mapped. test/unit/search/traditional-chars.test.ts rebuilds the table from
 * the corpus with opencc-js and prints the new string when the corpus grows.
 */
const pairs =
  '萬万與与專专業业東东兩两嚴严個个箇个豐丰臨临為为爲为麗丽舉举麼么麽么義义樂乐習习鄉乡書书亂乱爭争於于雲云亞亚產产産产親亲僅仅從从們们價价眾众衆众優优會会傳传體体' +
  '餘余脩修傾倾償偿兒儿剋克黨党蘭兰關关興兴養养內内冊册寫写軍军農农馮冯決决況况準准淩凌減减幾几齣出劃划劉刘則则剛刚創创別别彆别製制勸劝辦办務务動动勵励勞劳勢势區区' +
  '醫医韆千昇升陞升華华協协單单佔占盧卢衛卫卽即廳厅厤历曆历歷历壓压厭厌縣县參参蔘参雙双發发髮发變变隻只檯台臺台颱台葉叶號号閤合弔吊衕同後后嚮向曏向聽听啓启啟启員员' +
  '週周諮咨響响迴回團团糰团園园睏困圍围國国圖图圓圆場场塊块堅坚垻坝壩坝處处備备復复複复夠够頭头奬奖獎奖婦妇娛娱孫孙學学寧宁實实審审宮宫傢家寬宽對对導导將将儘尽盡尽' +
  '侷局層层屬属嵗岁歲岁崗岗島岛峽峡鞏巩佈布師师帶带幫帮乾干幹干榦干並并併并幷并廣广莊庄牀床庫库應应龐庞開开異异張张強强噹当當当彔录錄录録录綵彩徹彻徵征徑径逕径誌志' +
  '唸念懷怀態态總总恆恒噁恶惡恶悅悦懸悬懲惩慣惯願愿戲戏戰战戶户纔才紮扎託托釦扣執执擴扩擾扰撫抚護护報报擔担擬拟擇择掛挂擠挤揮挥據据敎教數数斷断無无旣既時时曠旷顯显' +
  '晉晋曉晓朮术術术機机雜杂權权條条來来楊杨闆板極极構构査查標标欄栏樹树樣样覈核檔档橋桥樑梁檢检橫横殘残毆殴畢毕匯汇彙汇滙汇漢汉溝沟沒没氾泛汎泛註注測测濟济溫温遊游' +
  '滿满灘滩潛潜靈灵點点煉炼鍊炼熱热愛爱牽牵狀状環环現现電电暢畅疇畴療疗癥症監监蓋盖眞真瞞瞒碼码礎础確确離离俬私種种積积稱称穩稳窮穷籌筹簽签籤签簡简類类係系繫系緊紧' +
  '紅红約约級级紀纪綱纲納纳縱纵紙纸綫线線线練练組组細细織织終终經经結结給给絡络絕绝絶绝統统繼继績绩續续維维綜综綠绿緑绿緩缓編编緣缘縫缝網网罰罚羣群職职聯联肅肃勝胜' +
  '脫脱緻致輿舆艱艰藝艺節节範范榮荣葯药藥药獲获穫获營营慮虑雖虽銜衔補补錶表裝装見见觀观規规視视覺觉計计訂订認认讓让訓训議议記记講讲許许論论訟讼諷讽設设訪访証证證证' +
  '評评識识訴诉診诊試试話话詢询該该詳详誡诫語语說说説说誦诵請请讀读課课調调談谈諧谐負负財财責责賬账質质貧贫購购貫贯貼贴貴贵費费資资賦赋贏赢趙赵趕赶踐践蹤踪車车軌轨' +
  '轉转輪轮輕轻較较輔辅輝辉輟辍轄辖邊边達达遷迁過过運运還还這这進进遠远違违連连跡迹蹟迹適适選选遞递踰逾遺遗鄧邓鄒邹埰采寀采採采裏里裡里針针鍼针銅铜舖铺鋪铺銷销錯错' +
  '鍵键鍛锻鎭镇鎮镇長长門门問问間间隊队陽阳階阶際际陳陈隨随隱隐難难僱雇靜静麪面麫面麵面韋韦項项須须鬚须顧顾頓顿預预領领題题顏颜顔颜額额風风飛飞饋馈馬马驅驱駐驻驗验' +
  '驟骤齊齐齡龄';

/** Each traditional character → its simplified form. */
export const simplifiedChars: ReadonlyMap<string, string> = new Map(
  Array.from({ length: pairs.length / 2 }, (_, i): [string, string] => [pairs[2 * i]!, pairs[2 * i + 1]!]),
);

/** The table as one string of (traditional, simplified) pairs, for the test that rebuilds it. */
export const simplifiedPairs = pairs;
