"""Near-duplicate articles, story clustering and event deduplication over stored records (no NLP)."""

from tacitus.stories.cluster import ClusterParams, Story, StoryClusterer, cluster, new_story_id
from tacitus.stories.features import StoryFeatures, features_of, source_of

__all__ = [
    "ClusterParams",
    "Story",
    "StoryClusterer",
    "StoryFeatures",
    "cluster",
    "features_of",
    "new_story_id",
    "source_of",
]
