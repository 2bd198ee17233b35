"""The pages a public-sector site must have, with starting text editors then make their own.

Created by `setup_site` and `load_demo` (through home.site_tree) when missing; never overwritten.
"""

from .models import InformationPage

PAGES = [
    (
        "accessibility-statement",
        "Accessibility statement",
        """
<p>This statement is about NHS Shared Learning. We want as many people as possible to be able
to use it. For example, you should be able to:</p>
<ul>
<li>change colours, contrast levels and fonts using your browser or device settings</li>
<li>zoom in up to 400% without the text spilling off the screen</li>
<li>get around the whole site using just a keyboard</li>
<li>use the site with a screen reader, such as NVDA, JAWS or VoiceOver</li>
</ul>
<h2>How accessible the site is</h2>
<p>We build the site with the NHS.UK design system and test every page we change with automated
accessibility checks (axe) and with a keyboard. We aim to meet the Web Content Accessibility
Guidelines (WCAG) version 2.2 at level AA.</p>
<p>We know some things are not yet fully accessible:</p>
<ul>
<li>some documents attached to case studies, especially older PDFs, may not work well with
screen readers</li>
<li>the editing admin is provided by Wagtail and has its own accessibility statement</li>
</ul>
<h2>If you find a problem</h2>
<p>Tell us through the <a href="/contact/">contact page</a>. Say which page and what went wrong.
We will reply within 5 working days. If you need a document in another format, such as large
print or audio, ask us in the same way.</p>
<h2>Enforcement procedure</h2>
<p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector
Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are
not happy with how we respond to your complaint, contact the Equality Advisory and Support
Service (EASS).</p>
""",
    ),
    (
        "privacy",
        "Privacy notice",
        """
<p>This notice explains what personal information NHS Shared Learning keeps about you, why, and
your rights.</p>
<h2>What we keep</h2>
<ul>
<li>your account: name, e-mail address, job title, organisation and vanguard, and your
password in a form that cannot be read back</li>
<li>what you write: case studies you share, posts in communities, and requests for an account,
including the reason you gave</li>
<li>records of sign-ins and of actions in the editing admin, to keep the site secure</li>
</ul>
<h2>Why we keep it</h2>
<p>To run the site: so you can sign in, share practice and take part in communities, so editors
can review what is published, and so we can contact you about your account. The lawful basis is
the performance of a task carried out in the public interest.</p>
<h2>Who sees it</h2>
<p>Your display name is shown beside what you post. Contact details you add to a case study are
shown only to signed-in readers. Editors can see account details. We do not sell or share your
information with anyone else, except where the law requires it.</p>
<h2>How long we keep it</h2>
<p>While you have an account, and for 12 months after you close it. Access requests that are
declined are deleted after 12 months.</p>
<h2>Your rights</h2>
<p>You can ask to see, correct or delete the information we hold about you, and object to how
we use it. Use the <a href="/contact/">contact page</a>. You can also complain to the
Information Commissioner's Office (ICO).</p>
""",
    ),
    (
        "cookies",
        "Cookies",
        """
<p>Cookies are small files saved on your phone, tablet or computer when you visit a website.</p>
<h2>Cookies we use</h2>
<p>We only use cookies that the site needs to work. We do not use cookies to track you or for
advertising, and we do not use analytics cookies.</p>
<ul>
<li><strong>sessionid</strong>: keeps you signed in; deleted when you sign out or after two
weeks</li>
<li><strong>csrftoken</strong>: stops other sites sending forms as you; kept for a year</li>
<li><strong>messages</strong>: shows you a message after an action, such as "your reply has been
posted"; deleted when you have seen it</li>
</ul>
<p>Because these cookies are needed for the site to work, we do not ask for your consent to
them.</p>
""",
    ),
    (
        "contact",
        "Contact us",
        """
<p>NHS Shared Learning is run for the new care models programme.</p>
<h2>Questions about the site or your account</h2>
<p>E-mail the shared learning team. We aim to reply within 5 working days.</p>
<h2>Questions about a case study</h2>
<p>Each case study names a contact for the work it describes. Sign in to see their details.</p>
<h2>Report something that should not be on the site</h2>
<p>In a community, use the "Report" link beside the post. For anything else, e-mail the shared
learning team and say which page.</p>
""",
    ),
    (
        "terms-of-use",
        "Terms of use",
        """
<p>By using NHS Shared Learning you agree to these terms.</p>
<h2>Who may use it</h2>
<p>Anyone may read what is published. Accounts are for people who work in health and social
care. Keep your password to yourself.</p>
<h2>What you share</h2>
<ul>
<li>Share only what you have the right to share, and never information that identifies a
patient, resident or service user.</li>
<li>Be accurate about outcomes and say where figures come from.</li>
<li>Be respectful in communities: no abuse, advertising or personal attacks.</li>
</ul>
<p>Editors may change, decline or remove content that does not follow these terms.</p>
<h2>Reusing content</h2>
<p>Published content is available under the Open Government Licence v3.0, except where
otherwise stated, such as in attached documents that belong to others.</p>
<h2>Our responsibility</h2>
<p>Case studies describe what others did; check with the contact before relying on them. We are
not liable for decisions made using the site's content.</p>
""",
    ),
]


def load(command, home):
    for order, (slug, title, body) in enumerate(PAGES):
        if InformationPage.objects.filter(slug=slug).exists():
            continue
        home.add_child(
            instance=InformationPage(title=title, slug=slug, body=body.strip(), footer_order=order)
        )
        command.created(title.lower())
