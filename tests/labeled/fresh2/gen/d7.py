from build import C, L

CASES = [
C("everyone-but-me-trap", "txt", """
Hi Colm,

Quick update from the site visit: everyone but me had seen the new loading
dock before, so I'd love a proper walk-through next time.

Could we do Thursday at 8, before the first trucks arrive?

Thanks,
Renée
""", []),

C("but-for-trap", "txt", """
Hi Nell,

But for the late frost, the orchard would have hit last year's yield; the
sensors caught the cold snap six hours before it arrived.

For next season I'd suggest two more sensors on the lower slope. Can I send a
quote by Friday?

Best,
Arun, FrostWatch
""", []),

C("ev-fleet-own-situation-trap", "txt", """
Hi Harriet,

You'd love to move the whole fleet to EVs but the depot's grid connection
can't take more than six chargers yet, which is a real bind.

Would it help if our grid engineer looked at load balancing across the night
shift? I could bring him on Tuesday.

Best,
Yusuf

On Wed, Apr 8, 2026, Harriet Lowe wrote:
> We'd love to move the whole fleet to EVs, but our depot's grid connection
> can't take more than six chargers yet.
""", []),

C("validation-not-concession-price", "txt", """
Hi Dr. Ambrose,

I can see why the subscription price feels like a stretch for a two-person
practice, especially with the new lease on the surgery this year.

Would it help if we looked at the solo-practitioner tier together on Monday,
and what you'd give up with it?

Kind regards,
Leona

On Thu, Apr 9, 2026, Dr. Paul Ambrose wrote:
> The subscription price is a stretch for a two-person practice, especially
> with the new lease on the surgery this year.
""", []),

C("agree-neutral-fact-and-clean", "txt", """
Hi Bogdan,

It sounds like your IT team is already stretched thin with the office move.
You're right that the setup takes effort, and we've designed the rollout so
our engineers handle the directory sync themselves. Could we pencil in a
scoping call for next Wednesday?

Regards,
Ilse

On Mon, Apr 6, 2026, Bogdan Petrescu wrote:
> My IT team is stretched thin with the office move, and this setup looks like
> a lot of effort.
""", []),

C("handbook-instructions-only", "md", """
---
title: Weekly pipeline hygiene
---

# Weekly pipeline hygiene

Don't panic if a deal slips a week; it happens. Touch base with your manager
every Friday and update the close dates.

## Forecast categories

Commit is not a feeling, but a date the buyer has confirmed. Best case is
fluid, but it still needs a next step on the calendar.

## Notes

Don't worry about the warning the CRM shows when you edit a closed deal.
""", []),

C("handbook-code-and-inline-code", "md", """
# Snippet library for the support widget

The widget's greeting is set in config. Avoid phrases like `just checking in`
or `don't worry` in any greeting string.

```python
GREETINGS = {
    "apology": "We apologize for any inconvenience.",
    "stock": "I hear you, but",
}
```

    fallback = "Just following up!"

<!-- old copy: "I totally understand your frustration, calm down" -->

Keep greetings short and specific.
""", []),

C("template-html-comment-trap", "md", """
Hi {{first_name}},

<!-- reviewer: don't worry about the tone here, legal approved it -->

Our warehouse in {{city}} now offers same-day pallet storage with a 30-day
minimum. Would a quick tour next week be useful for {{company}}?

{{rep_name}}
""", []),

C("cold-deadline-no-empathy", "txt", """
Hi Clemence,

We're running a pilot of our allergen-labelling software with ten bakeries
this summer. Pilot pricing ends on 30 June, and only four places remain.

Would a short call on Tuesday to see if Maison Clément fits be worthwhile?

Best,
Hugo
""", []),

C("plain-request-pitch", "txt", """
Hi Jana,

Our Team plan is $18 per seat per month, so 40 seats comes to $720, and annual
billing takes 15% off. I've attached the order form.

Shall I set up the workspace for you on Monday?

Best,
Rolf

On Tue, Apr 7, 2026, Jana Novak wrote:
> Can you send pricing for 40 seats? We'd like to start in May.
""", []),

C("answer-to-question-pitch", "txt", """
AE: What do you use for shift planning today?
Prospect: Excel, mostly. One big shared workbook.
AE: Our planner imports that workbook directly, so nobody has to retype the
rota. Want me to run your workbook through it on a call Thursday?
Prospect: Sure.
""", []),

C("smart-quotes-reflection-clean", "txt", """
Hi Mrs. Whitfield,

You said the last cleaning company “never turned up on the days they promised”
and that you’d rather do it yourself than chase anyone again. That’s a lot of
chasing to have been through.

Would a fixed Tuesday slot, with a text the evening before, work for you? I
could start next week.

Warm regards,
Dot, Spick & Span

On Sun, Apr 5, 2026, Gloria Whitfield wrote:
> The last cleaning company never turned up on the days they promised. I’d
> rather do it myself than chase anyone again.
""", []),

C("buyer-cliches-quoted-trap", "txt", """
Hi Ahmed,

Yes, the signed form arrived this morning, thank you. I've booked the
installation for the 21st; does a 9 a.m. start suit your site manager?

Best,
Sara

On Thu, Apr 9, 2026, Ahmed Rahman wrote:
> Just checking in - did you get the signed form? Don't worry if not, I can
> resend. I hear you're busy this week.
""", []),

C("outlook-buyer-stock-trap", "txt", """
Hi Freya,

The revised floor plan is attached with the second exit moved to the east
wall, as your fire officer asked. Could we review it together on Friday?

Thanks,
Lukas

-----Original Message-----
From: Freya Lund
Sent: 08 April 2026 11:15
To: Lukas Weber
Subject: floor plan

I completely understand the budget, but the fire officer wants the second exit
on the east wall. Can you revise?
""", []),

C("stage-directions-trap", "txt", """
AE: Last time you said the rollout schedule worried your store managers; is
that still the main worry?
(pause, don't worry about the silence, let them fill it)
Buyer: It does. They're scared we'll go live during the Easter rush.
AE: Going live in the Easter rush is exactly what your store managers are
scared of, and that makes sense. (slow down, calm tone) What if we held the
go-live until the week after Easter and trained them during the quiet week?
Buyer: That could work.
""", []),

C("tab-no-newline-chat-clean", "txt", """
Customer:\tThe invoice PDF is missing our VAT number again.
Agent:\tSorry the VAT number dropped off the invoice PDF again. I've added it to your account settings; shall I resend March's invoice now?
Customer:\tYes please.""".replace("\\t", "\t"), [], final_newline=False),

C("nbsp-understand-specific-clean", "txt", """
Hi Mr. Varga,

I understand the timing wasn\u2019t right for the new till system before the
summer season. Would it make sense to revisit in September, once the tourists
have gone? I can pencil in the 15th.

Best,
Zoltan\u00a0Kiss

On Fri, Apr 10, 2026, Mihaly Varga wrote:
> The timing isn't right for a new till system before the summer season.
""", []),

C("apology-specific-next-step-clean", "txt", """
Hello Mr. Dlamini,

I'm sorry the March invoice went to your old office address and the payment
reminder reached your finance team before the invoice did. I've corrected the
address; could I send both documents to your finance lead directly today?

Kind regards,
Accounts, Stonebridge Supplies

On Fri, Apr 10, 2026, Sipho Dlamini wrote:
> The March invoice went to our old office address and now our finance team
> got a payment reminder before the invoice. Not impressed.
""", []),

C("markdown-bold-labels-clean", "md", """
**Rep:** How did the trial feel for your dispatchers?
**Prospect:** Mixed. They liked the map, but they're worried about learning
yet another system in peak season.
**Rep:** Learning yet another system in peak season is a lot to ask of your
dispatchers. Would a ten-minute daily huddle during the first week help, with
me on the line?
**Prospect:** It might.
""", []),

C("support-ewd-patience", "txt", """
Hi Aisling,

I'm sorry the label printer integration stopped printing shipping labels
during your flash sale. Packing 300 orders by hand while the sale was live
must have been exhausting for your warehouse team.

Thanks for your patience.

Jamie, Support

On Sat, Apr 4, 2026, Aisling Byrne wrote:
> The label printer integration stopped printing shipping labels in our flash
> sale. We packed 300 orders by hand.
""", [L("empathy-without-direction", "Packing 300 orders by hand while the sale was live")]),

C("chat-ewd-end", "txt", """
Customer: I've been on hold for forty minutes twice this week trying to change
my direct debit date. It's ridiculous.
Agent: Forty minutes on hold, twice in one week, all to change a direct debit
date would wear anyone's patience thin.
Customer: So can you change it?
Agent: I can see why you'd want the direct debit date changed today after that
much time on hold.
""", [L("empathy-without-direction", "I can see why you'd want the direct debit date changed today"),
      L("empathy-without-direction", "Forty minutes on hold, twice in one week")]),

C("inline-ewd-only-acks", "txt", """
Hi Rosalind,

On Thu, Apr 9, 2026 at 8:05 AM, Rosalind Vaughn wrote:
> Our grant application portal crashed an hour before the deadline.

An hour before the deadline is the worst possible moment for the grant portal
to crash, and I'm sorry.

> We had to email the application in pieces and we don't know if it counts.

Not knowing whether an application emailed in pieces will count must be
nerve-racking for your whole team.

Lorcan
""", [L("empathy-without-direction", "Not knowing whether an application emailed in pieces will count must")]),

C("agreed-pricier-scope", "txt", """
Hi Matteo,

For a shop your size, a second monthly subscription on top of the POS is a
hard cost to carry. Agreed, ours is pricier than Brightline for
a shop your size. Could we look at the features you'd actually use on a call
Thursday?

Best,
Wren

On Wed, Apr 8, 2026, Matteo Ricci wrote:
> Your loyalty app is pricier than Brightline for a shop our size.
""", [L("conceded-fact", "Agreed, ours is pricier than Brightline")]),
]
