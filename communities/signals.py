"""What the community services announce once a change is made, for whoever must follow it.

The services (communities.services) change the data and send one of these inside their
transaction; they never import who listens. communities.notifications listens and tells
people (in-app, then by e-mail after the commit). A receiver that raises rolls the change back,
as any other part of the transaction would.

Each signal's sender is the model class of what changed; the arguments are keywords.
"""

from django.dispatch import Signal

# A post has become visible to the community's readers: a new topic, a reply, or a held post
# approved. Arguments: post, mentions (the @handles its body mentions).
post_published = Signal()

# A new member's post is waiting for a moderator's approval. Arguments: post.
post_held = Signal()

# A moderator approved a held post. Arguments: post, by. (post_published follows it.)
post_approved = Signal()

# A moderator hid a post from readers. Arguments: post, by (the post keeps the reason).
post_hidden = Signal()

# A post's body was changed. Arguments: post, by, new_mentions (@handles not mentioned before).
post_edited = Signal()

# A reply was accepted as the answer to its topic. Arguments: topic, post, by.
answer_accepted = Signal()

# Someone reported a post to the community's moderators. Arguments: report.
post_reported = Signal()

# Someone asked to join a private community. Arguments: join_request.
join_requested = Signal()

# A facilitator approved or declined a request to join. Arguments: join_request, by.
join_request_decided = Signal()

# People were invited to a community by e-mail address. Arguments: invitations, by.
members_invited = Signal()
