// The JavaScript peers of the in-browser benchmark (www/bench.html), bundled by esbuild into
// www/bench-peers.js (`make bench-browser`). Each function does its library's nearest
// equivalent of article-lens's analysis (keywords/keyphrases, entities, topics) on one text
// and returns a small summary, so that no work can be skipped.
import { unified } from "unified";
import retextEnglish from "retext-english";
import retextPos from "retext-pos";
import retextKeywords from "retext-keywords";
import { VFile } from "vfile";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import nlp from "compromise";

const retext = unified().use(retextEnglish).use(retextPos).use(retextKeywords).freeze();

/** retext-keywords (with retext-pos on retext-english): keywords and keyphrases. */
export function retextKeywordsPeer(text) {
  const file = new VFile(text);
  retext.runSync(retext.parse(file), file);
  return { keywords: file.data.keywords.length, keyphrases: file.data.keyphrases.length };
}

const wink = winkNLP(model);
const { its, as } = wink;

/** wink-nlp with its web model: readDoc, sentences, entities, and the top content-word lemmas. */
export function winkPeer(text) {
  const doc = wink.readDoc(text);
  const entities = doc.entities().out(its.detail);
  const top = doc
    .tokens()
    .filter((t) => t.out(its.type) === "word" && !t.out(its.stopWordFlag))
    .out(its.lemma, as.freqTable)
    .slice(0, 10);
  return { sentences: doc.sentences().length(), entities: entities.length, keywords: top.length };
}

/** compromise: `nlp(text).topics()` (people, places, organisations). */
export function compromisePeer(text) {
  return { topics: nlp(text).topics().out("array").length };
}

export const PEERS = [
  { name: "retext-keywords", run: retextKeywordsPeer },
  { name: "wink-nlp", run: winkPeer },
  { name: "compromise", run: compromisePeer },
];
