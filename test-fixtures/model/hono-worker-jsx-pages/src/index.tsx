import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import orders from "./routes/orders";
import { requireStaff } from "./staff";

type Env = { Bindings: { DB: D1Database; STAFF_TOKEN: string } };

const app = new Hono<Env>(); // expect: errors/global-handler-missing, ratelimit/missing
app.use("*", secureHeaders());

app.route("/", orders);

// The staff manual: one long server-rendered page (a reading of this markup as plain code goes past the nesting guard)
app.get("/staff/manual", requireStaff, (c) => {
  const staff = c.get("staff");
  return c.html(
    <html lang="en">
      <head><meta charset="UTF-8" /><title>Desk manual</title></head>
      <body class="staff">
        <header class="topbar"><span>{staff.name}</span> <span class="muted">(on shift)</span></header>
        <main class="container">
          <section class="manual-section" id="s0">
            <h3 class="manual-title">1. Opening the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s1">
            <h3 class="manual-title">2. Taking in a bag</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s2">
            <h3 class="manual-title">3. Tags and colours</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s3">
            <h3 class="manual-title">4. Payments at drop-off</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s4">
            <h3 class="manual-title">5. Late pick-ups</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s5">
            <h3 class="manual-title">6. Lost tags</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s6">
            <h3 class="manual-title">7. Oversized items</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s7">
            <h3 class="manual-title">8. Closing the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s8">
            <h3 class="manual-title">9. Refunds</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s9">
            <h3 class="manual-title">10. Handover notes</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s10">
            <h3 class="manual-title">11. Opening the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s11">
            <h3 class="manual-title">12. Taking in a bag</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s12">
            <h3 class="manual-title">13. Tags and colours</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s13">
            <h3 class="manual-title">14. Payments at drop-off</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s14">
            <h3 class="manual-title">15. Late pick-ups</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s15">
            <h3 class="manual-title">16. Lost tags</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s16">
            <h3 class="manual-title">17. Oversized items</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s17">
            <h3 class="manual-title">18. Closing the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s18">
            <h3 class="manual-title">19. Refunds</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s19">
            <h3 class="manual-title">20. Handover notes</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s20">
            <h3 class="manual-title">21. Opening the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s21">
            <h3 class="manual-title">22. Taking in a bag</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s22">
            <h3 class="manual-title">23. Tags and colours</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s23">
            <h3 class="manual-title">24. Payments at drop-off</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s24">
            <h3 class="manual-title">25. Late pick-ups</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s25">
            <h3 class="manual-title">26. Lost tags</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s26">
            <h3 class="manual-title">27. Oversized items</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s27">
            <h3 class="manual-title">28. Closing the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s28">
            <h3 class="manual-title">29. Refunds</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s29">
            <h3 class="manual-title">30. Handover notes</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s30">
            <h3 class="manual-title">31. Opening the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s31">
            <h3 class="manual-title">32. Taking in a bag</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s32">
            <h3 class="manual-title">33. Tags and colours</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s33">
            <h3 class="manual-title">34. Payments at drop-off</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s34">
            <h3 class="manual-title">35. Late pick-ups</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s35">
            <h3 class="manual-title">36. Lost tags</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s36">
            <h3 class="manual-title">37. Oversized items</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s37">
            <h3 class="manual-title">38. Closing the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s38">
            <h3 class="manual-title">39. Refunds</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s39">
            <h3 class="manual-title">40. Handover notes</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s40">
            <h3 class="manual-title">41. Opening the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s41">
            <h3 class="manual-title">42. Taking in a bag</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s42">
            <h3 class="manual-title">43. Tags and colours</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s43">
            <h3 class="manual-title">44. Payments at drop-off</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s44">
            <h3 class="manual-title">45. Late pick-ups</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s45">
            <h3 class="manual-title">46. Lost tags</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s46">
            <h3 class="manual-title">47. Oversized items</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s47">
            <h3 class="manual-title">48. Closing the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s48">
            <h3 class="manual-title">49. Refunds</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s49">
            <h3 class="manual-title">50. Handover notes</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s50">
            <h3 class="manual-title">51. Opening the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s51">
            <h3 class="manual-title">52. Taking in a bag</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s52">
            <h3 class="manual-title">53. Tags and colours</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s53">
            <h3 class="manual-title">54. Payments at drop-off</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s54">
            <h3 class="manual-title">55. Late pick-ups</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s55">
            <h3 class="manual-title">56. Lost tags</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s56">
            <h3 class="manual-title">57. Oversized items</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s57">
            <h3 class="manual-title">58. Closing the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s58">
            <h3 class="manual-title">59. Refunds</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s59">
            <h3 class="manual-title">60. Handover notes</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s60">
            <h3 class="manual-title">61. Opening the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s61">
            <h3 class="manual-title">62. Taking in a bag</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s62">
            <h3 class="manual-title">63. Tags and colours</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s63">
            <h3 class="manual-title">64. Payments at drop-off</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s64">
            <h3 class="manual-title">65. Late pick-ups</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s65">
            <h3 class="manual-title">66. Lost tags</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s66">
            <h3 class="manual-title">67. Oversized items</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s67">
            <h3 class="manual-title">68. Closing the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s68">
            <h3 class="manual-title">69. Refunds</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s69">
            <h3 class="manual-title">70. Handover notes</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s70">
            <h3 class="manual-title">71. Opening the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s71">
            <h3 class="manual-title">72. Taking in a bag</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s72">
            <h3 class="manual-title">73. Tags and colours</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s73">
            <h3 class="manual-title">74. Payments at drop-off</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s74">
            <h3 class="manual-title">75. Late pick-ups</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s75">
            <h3 class="manual-title">76. Lost tags</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s76">
            <h3 class="manual-title">77. Oversized items</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s77">
            <h3 class="manual-title">78. Closing the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s78">
            <h3 class="manual-title">79. Refunds</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s79">
            <h3 class="manual-title">80. Handover notes</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s80">
            <h3 class="manual-title">81. Opening the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s81">
            <h3 class="manual-title">82. Taking in a bag</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s82">
            <h3 class="manual-title">83. Tags and colours</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s83">
            <h3 class="manual-title">84. Payments at drop-off</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s84">
            <h3 class="manual-title">85. Late pick-ups</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s85">
            <h3 class="manual-title">86. Lost tags</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s86">
            <h3 class="manual-title">87. Oversized items</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s87">
            <h3 class="manual-title">88. Closing the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s88">
            <h3 class="manual-title">89. Refunds</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s89">
            <h3 class="manual-title">90. Handover notes</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s90">
            <h3 class="manual-title">91. Opening the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s91">
            <h3 class="manual-title">92. Taking in a bag</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s92">
            <h3 class="manual-title">93. Tags and colours</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s93">
            <h3 class="manual-title">94. Payments at drop-off</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s94">
            <h3 class="manual-title">95. Late pick-ups</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s95">
            <h3 class="manual-title">96. Lost tags</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s96">
            <h3 class="manual-title">97. Oversized items</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s97">
            <h3 class="manual-title">98. Closing the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s98">
            <h3 class="manual-title">99. Refunds</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s99">
            <h3 class="manual-title">100. Handover notes</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s100">
            <h3 class="manual-title">101. Opening the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s101">
            <h3 class="manual-title">102. Taking in a bag</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s102">
            <h3 class="manual-title">103. Tags and colours</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s103">
            <h3 class="manual-title">104. Payments at drop-off</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s104">
            <h3 class="manual-title">105. Late pick-ups</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s105">
            <h3 class="manual-title">106. Lost tags</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s106">
            <h3 class="manual-title">107. Oversized items</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s107">
            <h3 class="manual-title">108. Closing the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s108">
            <h3 class="manual-title">109. Refunds</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s109">
            <h3 class="manual-title">110. Handover notes</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s110">
            <h3 class="manual-title">111. Opening the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s111">
            <h3 class="manual-title">112. Taking in a bag</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s112">
            <h3 class="manual-title">113. Tags and colours</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s113">
            <h3 class="manual-title">114. Payments at drop-off</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s114">
            <h3 class="manual-title">115. Late pick-ups</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s115">
            <h3 class="manual-title">116. Lost tags</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s116">
            <h3 class="manual-title">117. Oversized items</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s117">
            <h3 class="manual-title">118. Closing the desk</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s118">
            <h3 class="manual-title">119. Refunds</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
          <section class="manual-section" id="s119">
            <h3 class="manual-title">120. Handover notes</h3>
            <p class="manual-text">Check the ticket (front and back) - then write the time: HH:MM / initials.</p>
            <ul class="manual-list">
              <li>Step one: scan the tag and if it fails type the number by hand.</li>
              <li>Step two: ask the guest for the pick-up time (9-21 only)!</li>
            </ul>
          </section>
        </main>
      </body>
    </html>
  );
});

export default app;
