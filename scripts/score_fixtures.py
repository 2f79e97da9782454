import sys
from tacitus.evaluation.sentences import load_cases, score
from tacitus.pipeline import Coder
cases = load_cases("tests/fixtures/coding_sentences.yaml")
s = score(cases, Coder())
print("expected", s.expected, "produced", s.produced, "exact", round(s.exact_recall(),3), "root", round(s.root_recall(),3), "extra", round(s.extra_rate(),3), "noevent", round(s.no_event_precision(),3))
with open('/tmp/fails.txt','w') as f:
  for r in s.failures():
    exp=[(e.cameo,e.source,e.target) for e in r.case.events]
    got=[(e.cameo,e.source and e.source.code,e.target and e.target.code) for e in r.produced]
    print(r.case.id, "|", r.case.text, "\n    exp", exp, "\n    got", got, file=f)
